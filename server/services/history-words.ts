/**
 * History entries said in words, in the reader's language, for the history page and the audit log
 * (and its CSV): what happened ("Rows 4 and 5 merged into row 4", "Row 7 confirmed"), the rows it
 * touched as numbered on screen (each a link to the row as it is now, or "row 7 at the time" when
 * the row is gone), the first words of the paragraphs involved, and the document's title as it is
 * now. What the entries point at is read for a whole page at once (store.historyRefs), never entry
 * by entry; nothing here writes.
 */
import type { HistoryEntry, HistoryRefs, Store } from "../store/types.js";
import { alignmentChanges, firstWords, spliceRows } from "../domain/history/changed-rows.js";
import { quoteIn } from "../i18n/format-value.js";

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** A row an entry touched: its label in words and where it is now (null: it no longer exists). */
export type RowLink = { label: string; href: string | null };
/** The first words of a paragraph involved, with its side (for lang and dir). */
export type Excerpt = { side: "en" | "ar"; text: string };

export type EntryWords = {
  /** What happened, in one sentence. */
  sentence: string;
  rows: RowLink[];
  excerpts: Excerpt[];
  /** The document's title now, and its page (null for events outside any document or a document gone). */
  document: { title: string; href: string } | null;
};

/** Rows are named by at most this many links; the sentence still says how many there were. */
const MAX_LINKS = 12;

/** The link to a row of a document in the alignment view (its page found by `row`, the anchor `#row-N`). */
export function rowHref(documentId: number, row: number): string {
  return `/documents/${documentId}?row=${row}#row-${row}`;
}

type Target = { kind: "bead" | "paragraph" | "document" | "check" | "user" | "glossary" | "group" | "other"; value: string };

function targetOf(entry: HistoryEntry): Target {
  const at = entry.target.indexOf(":");
  const kind = at < 0 ? "" : entry.target.slice(0, at);
  const known = ["bead", "paragraph", "document", "check", "user", "glossary", "group"];
  return known.includes(kind) ? { kind: kind as Target["kind"], value: entry.target.slice(at + 1) } : { kind: "other", value: entry.target };
}

/** The ids a page of entries points at, for one store.historyRefs call. */
function idsOf(entries: readonly HistoryEntry[]) {
  const ids = { beads: [] as number[], paragraphs: [] as number[], groups: [] as number[], documents: [] as number[] };
  for (const entry of entries) {
    const target = targetOf(entry);
    if (target.kind === "bead") ids.beads.push(Number(target.value));
    if (target.kind === "paragraph") ids.paragraphs.push(Number(target.value));
    if (target.kind === "group") ids.groups.push(Number(target.value));
    if (entry.groupId !== null) ids.groups.push(entry.groupId);
    if (entry.documentId !== null) ids.documents.push(entry.documentId);
    if (entry.kind === "splice") {
      const rows = spliceRows(entry.before, entry.after);
      for (const row of rows?.afterRows.slice(0, MAX_LINKS) ?? []) ids.paragraphs.push(...row.enIds.slice(0, 1), ...row.arIds.slice(0, 1));
    }
  }
  return ids;
}

/**
 * `t` in `lang` remembered by key and parameters: a page (or a CSV of the whole log) says the same
 * few hundred phrases again and again ("row 7", "Row 7 confirmed"), and one i18next call costs tens
 * to hundreds of microseconds. Bounded: emptied when it holds MEMO_LIMIT phrases.
 */
export function rememberingTranslator(t: Translate, lang: string): Translate {
  // The locales never change while the process runs: one memo per language serves every request.
  let memo = MEMOS.get(lang);
  if (!memo) MEMOS.set(lang, (memo = new Map()));
  const phrases = memo;
  return (key, params) => {
    const memoKey = params === undefined ? key : `${key}\u0000${JSON.stringify(params)}`;
    let text = phrases.get(memoKey);
    if (text === undefined) {
      if (phrases.size >= MEMO_LIMIT) phrases.clear();
      phrases.set(memoKey, (text = t(key, params)));
    }
    return text;
  };
}

const MEMOS = new Map<string, Map<string, string>>();
const MEMO_LIMIT = 20_000;

/** Words for a page of entries, by entry id (`t` is best a rememberingTranslator shared by the pages of one answer). */
export function describeEntries(store: Store, entries: readonly HistoryEntry[], t: Translate, lang: string): Map<number, EntryWords> {
  const refs = store.historyRefs(idsOf(entries));
  return new Map(entries.map((entry) => [entry.id, describeEntry(entry, refs, t, lang)]));
}

/** "row 4", "rows 4 and 5", "rows 4 to 9": a run of rows in words. */
export function rowsInWords(t: Translate, first: number, last: number): string {
  if (last <= first) return t("history.rows.one", { row: first });
  if (last === first + 1) return t("history.rows.two", { first, last });
  return t("history.rows.range", { first, last });
}

/** English sentences open with the row phrase ("Row 7 confirmed"): its first letter upper case. */
function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase("en") + text.slice(1);
}

function checkName(t: Translate, checkId: string): string {
  const key = `checks.${checkId}.name`;
  const name = /^[\w-]+$/u.test(checkId) ? t(key) : key;
  return name === key ? checkId : name;
}

function sideName(t: Translate, side: string | undefined): string {
  return side === "ar" || side === "en" ? t(`history.sides.${side}`) : "";
}

function actionName(t: Translate, action: string): string {
  const key = `history.actions.${action.split(":")[0] ?? ""}`;
  const name = /^[\w-]+$/u.test(action.split(":")[0] ?? "") ? t(key) : key;
  return name === key ? action : name;
}

/** The row a one-row entry names: as numbered then (when known) and now; the link goes to now. */
function oneRow(t: Translate, documentId: number | null, at: number | null, now: number | null): { shown: number | null; link: RowLink | null } {
  const shown = at ?? now;
  if (shown === null) return { shown: null, link: null };
  if (now === null) return { shown, link: { label: t("history.rowGone", { row: shown }), href: null } };
  const label = at !== null && at !== now ? t("history.rowMoved", { row: at, now }) : t("history.rows.one", { row: now });
  return { shown, link: { label, href: documentId === null ? null : rowHref(documentId, now) } };
}

function describeEntry(entry: HistoryEntry, refs: HistoryRefs, t: Translate, lang: string): EntryWords {
  const document = entry.documentId === null ? null : refs.documents.get(entry.documentId) ?? null;
  const words: EntryWords = {
    sentence: "", rows: [], excerpts: [],
    document: document && entry.documentId !== null ? { title: lang === "ar" && document.titleAr ? document.titleAr : document.title, href: `/documents/${entry.documentId}` } : null,
  };
  const target = targetOf(entry);
  const action = entry.action;
  const verb = action.split(":")[0] ?? "";
  const at = entry.rowAt === null ? null : entry.rowAt + 1;
  const quote = (text: string) => quoteIn(lang, text);

  // A change to one paragraph's text: edit, fix, revert, or one paragraph of a bulk replacement.
  if (entry.kind === "text" || entry.kind === "structure") {
    const paragraph = target.kind === "paragraph" ? refs.paragraphs.get(Number(target.value)) : undefined;
    const now = paragraph?.position === null || paragraph === undefined ? null : paragraph.position + 1;
    const { shown, link } = oneRow(t, entry.documentId, at, now);
    if (link) words.rows.push(link);
    const rows = shown === null ? t("history.rowUnknown") : t("history.rows.one", { row: shown });
    const side = sideName(t, paragraph?.side);
    const group = entry.groupId === null ? undefined : refs.groups.get(entry.groupId);
    let sentence: string;
    if (verb === "fix" && group && group.kind === "replace") {
      sentence = t("history.words.replaced", {
        original: quote(String(group.params.original ?? "")), suggestion: quote(String(group.params.suggestion ?? "")),
        rows, side, changes: t("counted.paragraphs", { count: group.changes }),
      });
    } else if (verb === "fix") sentence = t("history.words.fix", { check: quote(checkName(t, action.slice(4))), rows, side });
    else if (verb === "revert") sentence = t("history.words.revert", { rows, side });
    else if (verb === "split-paragraph") sentence = t("history.words.splitParagraph", { rows, side });
    else if (verb === "join-paragraphs") sentence = t("history.words.joinParagraphs", { rows, side });
    else sentence = t("history.words.editText", { rows, side });
    words.sentence = sentenceCase(sentence);
    return words;
  }

  if (entry.kind === "bead-status") {
    const now = target.kind === "bead" ? refs.beads.get(Number(target.value)) : undefined;
    const { shown, link } = oneRow(t, entry.documentId, at, now === undefined ? null : now + 1);
    if (link) words.rows.push(link);
    const rows = shown === null ? t("history.rowUnknown") : t("history.rows.one", { row: shown });
    const status = String((entry.after as { status?: unknown } | null)?.status ?? "");
    const key = verb === "confirm" || verb === "unconfirm" || verb === "reject" ? verb : "status";
    words.sentence = sentenceCase(t(`history.words.bead.${key}`, { rows, status: t(`history.beadStatus.${status === "confirmed" || status === "rejected" ? status : "auto"}`) }));
    return words;
  }

  if (entry.kind === "splice") {
    const rows = spliceRows(entry.before, entry.after);
    if (!rows) return { ...words, sentence: actionName(t, action) };
    const before = rowsInWords(t, rows.before.first, rows.before.last);
    const after = rowsInWords(t, rows.after.first, rows.after.last);
    const key = ["merge", "split", "shift", "gap", "detach"].includes(verb) ? verb : "splice";
    words.sentence = sentenceCase(t(`history.words.${key}`, { before, after }));
    rows.afterRows.slice(0, MAX_LINKS).forEach((row, k) => {
      const number = rows.after.first + k;
      const firstParagraph = refs.paragraphs.get(row.enIds[0] ?? row.arIds[0] ?? -1);
      const now = firstParagraph?.position === null || firstParagraph === undefined ? null : firstParagraph.position + 1;
      const link = oneRow(t, entry.documentId, number, now).link;
      if (link) words.rows.push(link);
      for (const id of [row.enIds[0], row.arIds[0]]) {
        const paragraph = id === undefined ? undefined : refs.paragraphs.get(id);
        if (paragraph) words.excerpts.push({ side: paragraph.side, text: firstWords(paragraph.opening) });
      }
    });
    return words;
  }

  if (entry.kind === "alignment") {
    const changes = alignmentChanges(entry.before, entry.after);
    if (!changes) return { ...words, sentence: actionName(t, action) };
    const touched = verb === "confirm-above" ? changes.restatused.filter((r) => r.status === "confirmed").map((r) => r.row) : [...changes.paired, ...changes.restatused.map((r) => r.row)].sort((a, b) => a - b);
    const first = touched[0];
    const last = touched[touched.length - 1];
    const key = verb === "confirm-above" ? "confirmAbove" : "realign";
    words.sentence = first === undefined || last === undefined
      ? sentenceCase(t(`history.words.${key}None`))
      : sentenceCase(t(`history.words.${key}`, { changed: t("counted.rows", { count: touched.length }), rows: rowsInWords(t, first, last) }));
    if (entry.documentId !== null) for (const row of touched.slice(0, MAX_LINKS)) words.rows.push({ label: t("history.rowThen", { row }), href: rowHref(entry.documentId, row) });
    return words;
  }

  // A change of a row's sentence links (merge, split, shift, confirm, unconfirm): the row, then and now.
  if (entry.kind === "sentence-links") {
    const now = target.kind === "bead" ? refs.beads.get(Number(target.value)) : undefined;
    const { shown, link } = oneRow(t, entry.documentId, at, now === undefined ? null : now + 1);
    if (link) words.rows.push(link);
    const rows = shown === null ? t("history.rowUnknown") : t("history.rows.one", { row: shown });
    const key = ["sentences-merge", "sentences-split", "sentences-shift", "sentences-confirm", "sentences-unconfirm"].includes(verb) ? verb.slice("sentences-".length) : "other";
    words.sentence = sentenceCase(t(`history.words.sentences.${key}`, { rows, action: actionName(t, action) }));
    return words;
  }

  // An undo or redo of a change to one row or paragraph: that row, as then and now.
  if ((verb === "undo" || verb === "redo") && (target.kind === "bead" || target.kind === "paragraph")) {
    const position = target.kind === "bead" ? refs.beads.get(Number(target.value)) : refs.paragraphs.get(Number(target.value))?.position ?? undefined;
    const { shown, link } = oneRow(t, entry.documentId, at, position === undefined || position === null ? null : position + 1);
    if (link) words.rows.push(link);
    if (shown !== null) {
      words.sentence = sentenceCase(t(`history.words.${verb}AtRow`, { action: actionName(t, action.slice(verb.length + 1)), rows: t("history.rows.one", { row: shown }) }));
      return words;
    }
  }
  words.sentence = sentenceCase(describeEvent(entry, target, refs, t, quote));
  return words;
}

/** Entries that changed no document data: imports, statuses, dismissals, undo/redo lines, logins, accounts, glossary, exports. */
function describeEvent(entry: HistoryEntry, target: Target, refs: HistoryRefs, t: Translate, quote: (text: string) => string): string {
  const verb = entry.action.split(":")[0] ?? "";
  const after = (entry.after ?? {}) as Record<string, unknown>;
  switch (verb) {
    case "import":
      return t("history.words.import", {
        en: t("counted.paragraphs", { count: Number(after.en ?? 0) }), ar: t("counted.paragraphs", { count: Number(after.ar ?? 0) }),
        rows: t("counted.rows", { count: Number(after.beads ?? 0) }),
      });
    case "status":
      return t("history.words.documentStatus", { before: statusName(t, entry.before), after: statusName(t, entry.after) });
    case "dismiss":
      return t("history.words.dismiss", { check: quote(checkName(t, String(after.checkId ?? target.value))), side: sideName(t, String(after.lang ?? "")) });
    case "undo":
    case "redo": {
      const what = actionName(t, entry.action.slice(verb.length + 1));
      const group = target.kind === "group" ? refs.groups.get(Number(target.value)) : undefined;
      if (group) return t(`history.words.${verb}Group`, { action: what, changes: t("counted.changes", { count: group.changes }) });
      return t(`history.words.${verb}`, { action: what });
    }
    case "export":
      return t("history.words.export", { format: entry.target.replace(":", " · ").toUpperCase() });
    case "login":
    case "logout":
    case "login-failed":
      return t(`history.words.${verb}`);
    case "user-add":
      return t("history.words.userAdd", { name: quote(target.value), role: roleName(t, after.role) });
    case "user-update": {
      const changes = [
        after.role === undefined ? null : t("history.words.userRole", { role: roleName(t, after.role) }),
        after.disabled === true ? t("history.words.userDisabled") : after.disabled === false ? t("history.words.userEnabled") : null,
        after.password === "changed" ? t("history.words.userPassword") : null,
      ].filter((c): c is string => c !== null);
      return t("history.words.userUpdate", { name: quote(target.value), changes: changes.length ? changes : [t("history.words.userNothing")] });
    }
    case "user-remove":
      return t("history.words.userRemove", { name: quote(target.value) });
    case "glossary-save":
    case "glossary-remove": {
      const key = verb === "glossary-save" ? "glossarySave" : "glossaryRemove";
      return t(`history.words.${key}`, { ar: quote(String(after.ar ?? target.value)), en: quote(String(after.en ?? "")) });
    }
    case "glossary-edit": {
      const was = (after.before ?? {}) as Record<string, unknown>;
      const now = (after.after ?? {}) as Record<string, unknown>;
      return t("history.words.glossaryEdit", { ar: quote(String(now.ar ?? target.value)), before: quote(String(was.en ?? "")), after: quote(String(now.en ?? "")) });
    }
    case "glossary-import":
      return t("history.words.glossaryImport", {
        stored: t("counted.entries", { count: Number(after.stored ?? 0) }),
        refused: t("counted.lines", { count: Array.isArray(after.refused) ? after.refused.length : 0 }),
      });
    // A decision of an archive's pairing review (store/archive-review-repository.ts): the two titles as they were.
    case "archive-confirm":
    case "archive-reject":
    case "archive-repair": {
      const key = verb === "archive-confirm" ? "archiveConfirm" : verb === "archive-reject" ? "archiveReject" : "archiveRepair";
      return t(`history.words.${key}`, { en: quote(String(after.enTitle ?? after.en ?? "")), ar: quote(String(after.arTitle ?? after.ar ?? "")), archive: String(after.archiveId ?? "") });
    }
    default:
      return actionName(t, entry.action);
  }
}

function statusName(t: Translate, value: unknown): string {
  const status = String(value ?? "");
  return ["open", "finished", "locked"].includes(status) ? t(`status.${status}`) : status;
}

function roleName(t: Translate, value: unknown): string {
  const role = String(value ?? "");
  return ["admin", "translator", "copy-editor", "viewer"].includes(role) ? t(`roles.${role}`) : role;
}
