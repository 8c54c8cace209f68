/**
 * The outlet's accepted words and names, as use cases: list and search them, add one, change one
 * in place, remove one, import a TSV (each refused line reported with its number and reason) and
 * export it. The roles that may edit the glossary may edit this list; anyone may read it. Every
 * change is in the audit log; every change makes all documents' findings stale (the store), since
 * the spelling and name checks read the list (domain/checks/accepted-words.ts).
 */
import type { AcceptedWordRecord, Store } from "../store/types.js";
import { can } from "../domain/auth/permissions.js";
import { acceptedWordRefusal, asAcceptedWord, readAcceptedWord, type AcceptedWordRefusal } from "../domain/accepted-words/accepted-word-rules.js";
import { AcceptedWordsFormatError, formatAcceptedWords, readAcceptedWordLines, type RefusedAcceptedLine } from "../domain/accepted-words/parse-accepted-words.js";
import { matchingKey } from "../domain/checks/ignore-rules.js";
import { ForbiddenError } from "./errors.js";
import { NotFoundError } from "../store/conflict-error.js";
import type { Actor } from "./review.js";

/** An entry or a file the list refuses: a message key and its parameters (web/send-error.ts makes it a 400). */
export class AcceptedWordInputError extends Error {
  constructor(readonly messageKey: AcceptedWordRefusal["key"] | "acceptedWords.refused.badTsv" | "acceptedWords.refused.taken", readonly params: Record<string, string> = {}) {
    super(`accepted word refused: ${messageKey}`);
    this.name = "AcceptedWordInputError";
  }
}

export type AcceptedWordForm = { word?: unknown; lang?: unknown; kind?: unknown; note?: unknown };

function mayEdit(actor: Actor): void {
  if (!can(actor.role, "edit-glossary")) throw new ForbiddenError("role");
}

function judged(raw: AcceptedWordForm) {
  const entry = readAcceptedWord(raw);
  const refusal = acceptedWordRefusal(entry);
  if (refusal) throw new AcceptedWordInputError(refusal.key, refusal.params);
  return asAcceptedWord(entry);
}

/** Entries whose word or note contains `q` (folded as the checks fold words); all for "". */
export function searchAcceptedWords(store: Store, q: string): AcceptedWordRecord[] {
  const needle = matchingKey(q);
  return store.listAcceptedWords().filter((w) => !needle || matchingKey(`${w.word} ${w.note}`).includes(needle));
}

export function addAcceptedWord(store: Store, raw: AcceptedWordForm, actor: Actor): void {
  mayEdit(actor);
  const word = judged(raw);
  store.upsertAcceptedWords([word], actor.name);
  store.audit({ documentId: null, user: actor.name, action: "accepted-word-save", target: `accepted-word:${word.word}`, details: word });
}

export function editAcceptedWord(store: Store, id: number, raw: AcceptedWordForm, actor: Actor): void {
  mayEdit(actor);
  const before = store.getAcceptedWord(id);
  if (!before) throw new NotFoundError(`accepted-word:${id}`);
  const word = judged(raw);
  if (!store.replaceAcceptedWord(id, word, actor.name)) throw new AcceptedWordInputError("acceptedWords.refused.taken", { word: word.word });
  const { id: _id, user: _user, at: _at, ...was } = before;
  store.audit({ documentId: null, user: actor.name, action: "accepted-word-edit", target: `accepted-word:${word.word}`, details: { before: was, after: word } });
}

export function removeAcceptedWord(store: Store, id: number, actor: Actor): boolean {
  mayEdit(actor);
  const removed = store.removeAcceptedWord(id);
  if (!removed) return false;
  store.audit({ documentId: null, user: actor.name, action: "accepted-word-remove", target: `accepted-word:${removed.word}`, details: { word: removed.word, lang: removed.lang, kind: removed.kind } });
  return true;
}

export type AcceptedWordsImport = { added: number; stored: number; refused: RefusedAcceptedLine[] };

/** Stores every line of the TSV the rules accept and reports the others by line number; a file without the word and lang header is refused whole. */
export function importAcceptedWords(store: Store, tsv: string, actor: Actor): AcceptedWordsImport {
  mayEdit(actor);
  let read;
  try {
    read = readAcceptedWordLines(tsv);
  } catch (error) {
    if (error instanceof AcceptedWordsFormatError) throw new AcceptedWordInputError("acceptedWords.refused.badTsv");
    throw error;
  }
  const words = read.entries.map((e) => e.entry);
  const added = words.length > 0 ? store.upsertAcceptedWords(words, actor.name) : 0;
  store.audit({ documentId: null, user: actor.name, action: "accepted-words-import", target: "accepted-words", details: { added, stored: words.length, refused: read.refused.map((r) => r.line) } });
  return { added, stored: words.length, refused: read.refused };
}

/** The whole list as TSV, safe to open in a spreadsheet. */
export function acceptedWordsTsv(store: Store): string {
  return formatAcceptedWords(store.listAcceptedWords());
}
