/**
 * The glossary's use cases for the web: search it, save one entry, change one in place, remove
 * one, import a TSV and export it. Every change is written to the audit log. The rules of an entry
 * (both forms, each in its script, one approved spelling per Arabic name) are domain code
 * (domain/glossary/entry-rules.ts); an entry they refuse is a GlossaryInputError: a message key
 * and its parameters, which web/send-error.ts turns into a 400 in the user's language, with the
 * approved spelling when the entry could be recorded as its variant. An import stores the lines
 * the rules accept and reports each refused line with its number and reason.
 */
import type { Store } from "../store/types.js";
import type { GlossaryEntry } from "../domain/glossary/glossary-entry.js";
import { entryRefusal, type EntryRefusal } from "../domain/glossary/entry-rules.js";
import { formatGlossary, GlossaryFormatError, readGlossaryLines } from "../domain/glossary/parse-glossary.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";
import { NotFoundError } from "../store/conflict-error.js";

export class GlossaryInputError extends Error {
  constructor(
    readonly messageKey: EntryRefusal["key"] | "glossary.badTsv",
    readonly params: Record<string, unknown> = {},
    /** The refused entry and the approved spelling it could be recorded as a variant of. */
    readonly variantOffer: { entry: GlossaryEntry; approved: string } | null = null,
  ) {
    super(`glossary input refused: ${messageKey}`);
    this.name = "GlossaryInputError";
  }
}

const refused = (refusal: EntryRefusal, entry: GlossaryEntry): GlossaryInputError =>
  new GlossaryInputError(refusal.key, refusal.params, refusal.approved ? { entry, approved: refusal.approved } : null);

/** Entries whose Arabic, English or note contains `q` (Arabic folded, case ignored); all for "". */
export function searchGlossary(store: Store, q: string): GlossaryEntry[] {
  const needle = normaliseArabic(q).toLowerCase();
  return store.listGlossary().filter((e) => !needle || normaliseArabic(`${e.ar} ${e.en} ${e.note}`).toLowerCase().includes(needle));
}

/** The entry a form asks for, trimmed; kind "term" when none is given; a variant when `variantOf` is filled. */
export function readGlossaryEntry(raw: { ar?: unknown; en?: unknown; kind?: unknown; note?: unknown; variantOf?: unknown }): GlossaryEntry {
  const entry: GlossaryEntry = { ar: String(raw.ar ?? "").trim(), en: String(raw.en ?? "").trim(), kind: String(raw.kind ?? "term").trim() || "term", note: String(raw.note ?? "").trim() };
  const variantOf = String(raw.variantOf ?? "").trim();
  if (variantOf) entry.variantOf = variantOf;
  return entry;
}

export function saveGlossaryEntry(store: Store, entry: GlossaryEntry, user: string): void {
  const refusal = entryRefusal(entry, store.listGlossary());
  if (refusal) throw refused(refusal, entry);
  store.upsertGlossary([entry]);
  store.audit({ documentId: null, user, action: "glossary-save", target: `glossary:${entry.ar}`, details: entry });
}

/** Changes the entry (ar, en) into `entry`, under the same rules as a new one; audited with both. */
export function editGlossaryEntry(store: Store, original: { ar: string; en: string }, entry: GlossaryEntry, user: string): void {
  const glossary = store.listGlossary();
  const before = glossary.find((e) => e.ar === original.ar && e.en === original.en);
  if (!before) throw new NotFoundError(`glossary:${original.ar}`);
  const others = glossary.filter((e) => e !== before);
  const duplicate = others.some((e) => e.ar === entry.ar && e.en === entry.en);
  const refusal = entryRefusal(entry, others) ?? (duplicate ? { key: "glossary.duplicate" as const, params: { ar: entry.ar, en: entry.en } } : null);
  if (refusal) throw refused(refusal, entry);
  store.replaceGlossaryEntry(original.ar, original.en, entry);
  store.audit({ documentId: null, user, action: "glossary-edit", target: `glossary:${entry.ar}`, details: { before, after: entry } });
}

/** The entry with exactly this Arabic and English form, or null. */
export function findGlossaryEntry(store: Store, ar: string, en: string): GlossaryEntry | null {
  return store.listGlossary().find((entry) => entry.ar === ar && entry.en === en) ?? null;
}

/** Removes the entry with these forms (and its known variants); false (and no audit entry) when there was none. */
export function removeGlossaryEntry(store: Store, ar: string, en: string, user: string): boolean {
  if (!store.removeGlossaryEntry(ar, en)) return false;
  store.audit({ documentId: null, user, action: "glossary-remove", target: `glossary:${ar}`, details: { ar, en } });
  return true;
}

/** One refused line of an import: its number in the file and the reason, as a message key and parameters. */
export type RefusedLine = { line: number; messageKey: EntryRefusal["key"]; params: Record<string, string> };
export type GlossaryImport = { added: number; stored: number; refused: RefusedLine[] };

/**
 * Stores every line of a TSV the rules accept (see domain/glossary/parse-glossary.ts), each
 * judged against the glossary and the lines before it (known variants after all approved
 * spellings), whole lines only; reports the others by line number. A file without the ar and en header is refused whole.
 */
export function importGlossary(store: Store, tsv: string, user: string): GlossaryImport {
  let read;
  try {
    read = readGlossaryLines(tsv);
  } catch (error) {
    if (error instanceof GlossaryFormatError) throw new GlossaryInputError("glossary.badTsv", { lines: error.lines.join(", ") });
    throw error;
  }
  const refusedLines: RefusedLine[] = read.incomplete.map((line) => ({ line, messageKey: "glossary.needsBoth", params: {} }));
  // The rules compare an entry only with the spellings of its own Arabic name: entries by folded
  // Arabic, so a file of 100,000 lines is judged in linear time.
  const byName = new Map<string, GlossaryEntry[]>();
  for (const e of store.listGlossary()) {
    const key = normaliseArabic(e.ar);
    byName.set(key, [...(byName.get(key) ?? []), e]);
  }
  const accepted: GlossaryEntry[] = [];
  // Variants are judged after every approved spelling of the file, wherever their lines are (an export lists them by spelling).
  const approvedFirst = [...read.entries.filter((e) => !e.entry.variantOf), ...read.entries.filter((e) => e.entry.variantOf)];
  for (const { line, entry } of approvedFirst) {
    const key = normaliseArabic(entry.ar);
    const spellings = byName.get(key) ?? [];
    // The same pair again updates it, as a save would: it is judged without its old self.
    const others = spellings.filter((e) => !(e.ar === entry.ar && e.en === entry.en));
    const refusal = entryRefusal(entry, others);
    if (refusal) {
      refusedLines.push({ line, messageKey: refusal.key, params: refusal.params });
      continue;
    }
    accepted.push(entry);
    byName.set(key, [...others, entry]);
  }
  refusedLines.sort((a, b) => a.line - b.line);
  const added = accepted.length > 0 ? store.upsertGlossary(accepted) : 0;
  store.audit({ documentId: null, user, action: "glossary-import", target: "glossary", details: { added, stored: accepted.length, refused: refusedLines.map((r) => r.line) } });
  return { added, stored: accepted.length, refused: refusedLines };
}

/** The whole glossary as TSV, safe to open in a spreadsheet. */
export function glossaryTsv(store: Store): string {
  return formatGlossary(store.listGlossary());
}
