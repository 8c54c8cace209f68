/**
 * A document's history for its history page: newest first, HISTORY_PAGE entries at a time (a
 * document edited fifty thousand times is read a page at a time, never whole), each change with
 * who and when, said in words in the reader's language (services/history-words.ts: the rows as
 * numbered on screen, linked, the first words of the paragraphs involved), text edits also as
 * word-level diffs.
 */
import type { HistoryEntry, Store } from "../store/types.js";
import { diffWords, type DiffSegment } from "../domain/history/render-diff.js";
import { describeEntries, rememberingTranslator, type EntryWords } from "./history-words.js";

type Translate = (key: string, params?: Record<string, unknown>) => string;

export type HistoryItem = HistoryEntry & {
  words: EntryWords;
  diff?: DiffSegment[];
  side?: "en" | "ar";
  revertible: boolean;
};

export const HISTORY_PAGE = 100;

export type HistoryView = { items: HistoryItem[]; olderHref: string | null };

export function buildHistoryView(store: Store, documentId: number, before: number | undefined, t: Translate, lang: string): HistoryView {
  const page = store.getHistoryPage(documentId, { before, limit: HISTORY_PAGE + 1 });
  const shown = page.slice(0, HISTORY_PAGE);
  const words = describeEntries(store, shown, rememberingTranslator(t, lang), lang);
  const items = shown.map((entry) => toItem(store, entry, words.get(entry.id) as EntryWords));
  const last = items[items.length - 1];
  return { items, olderHref: page.length > HISTORY_PAGE && last ? `?before=${last.id}` : null };
}

function toItem(store: Store, entry: HistoryEntry, words: EntryWords): HistoryItem {
  if (entry.kind === "text") {
    const before = (entry.before as { text: string }).text;
    const after = (entry.after as { text: string }).text;
    const paragraph = store.getParagraph(Number(entry.target.split(":")[1]));
    return { ...entry, words, diff: diffWords(before, after), side: paragraph?.side, revertible: paragraph !== null };
  }
  return { ...entry, words, revertible: false };
}
