/**
 * The glossary's use cases for the web: search it, save one entry, remove one, import a TSV and
 * export it. Every change is written to the audit log. Input the glossary cannot take (an entry
 * without both forms, TSV lines without them) is a GlossaryInputError: a message key and its
 * parameters, which web/send-error.ts turns into a 400 in the user's language.
 */
import type { Store } from "../store/types.js";
import type { GlossaryEntry } from "../domain/glossary/glossary-entry.js";
import { formatGlossary, GlossaryFormatError, parseGlossary } from "../domain/glossary/parse-glossary.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";

/** Longest Arabic or English form of one entry typed into the form. */
const MAX_FORM_LENGTH = 200;

export class GlossaryInputError extends Error {
  constructor(readonly messageKey: "glossary.needsBoth" | "glossary.badTsv", readonly params: Record<string, unknown> = {}) {
    super(`glossary input refused: ${messageKey}`);
    this.name = "GlossaryInputError";
  }
}

/** Entries whose Arabic, English or note contains `q` (Arabic folded, case ignored); all for "". */
export function searchGlossary(store: Store, q: string): GlossaryEntry[] {
  const needle = normaliseArabic(q).toLowerCase();
  return store.listGlossary().filter((e) => !needle || normaliseArabic(`${e.ar} ${e.en} ${e.note}`).toLowerCase().includes(needle));
}

/** The entry a form asks for, trimmed; kind "term" when none is given. */
export function readGlossaryEntry(raw: { ar?: unknown; en?: unknown; kind?: unknown; note?: unknown }): GlossaryEntry {
  return { ar: String(raw.ar ?? "").trim(), en: String(raw.en ?? "").trim(), kind: String(raw.kind ?? "term").trim() || "term", note: String(raw.note ?? "").trim() };
}

export function saveGlossaryEntry(store: Store, entry: GlossaryEntry, user: string): void {
  if (!entry.ar || !entry.en || entry.ar.length > MAX_FORM_LENGTH || entry.en.length > MAX_FORM_LENGTH) throw new GlossaryInputError("glossary.needsBoth");
  store.upsertGlossary([entry]);
  store.audit({ documentId: null, user, action: "glossary-save", target: `glossary:${entry.ar}`, details: entry });
}

/** Removes the entry with these forms; false (and no audit entry) when there was none. */
/** The entry with exactly this Arabic and English form, or null. */
export function findGlossaryEntry(store: Store, ar: string, en: string): GlossaryEntry | null {
  return store.listGlossary().find((entry) => entry.ar === ar && entry.en === en) ?? null;
}

export function removeGlossaryEntry(store: Store, ar: string, en: string, user: string): boolean {
  if (!store.removeGlossaryEntry(ar, en)) return false;
  store.audit({ documentId: null, user, action: "glossary-remove", target: `glossary:${ar}`, details: { ar, en } });
  return true;
}

/** Adds or updates every entry of a TSV (see domain/glossary/parse-glossary.ts); the count written. */
export function importGlossary(store: Store, tsv: string, user: string): number {
  let entries: GlossaryEntry[];
  try {
    entries = parseGlossary(tsv);
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw new GlossaryInputError("glossary.badTsv", { lines: error.lines.join(", ") });
    throw error;
  }
  const added = store.upsertGlossary(entries);
  store.audit({ documentId: null, user, action: "glossary-import", target: "glossary", details: { added } });
  return added;
}

/** The whole glossary as TSV, safe to open in a spreadsheet. */
export function glossaryTsv(store: Store): string {
  return formatGlossary(store.listGlossary());
}
