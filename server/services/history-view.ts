/**
 * A document's history for its history page: newest first, HISTORY_PAGE entries at a time (a
 * document edited fifty thousand times is read a page at a time, never whole), each change with
 * who and when, text edits as word-level diffs, alignment changes as the rows they touched.
 */
import type { HistoryEntry, Store } from "../store/types.js";
import { diffWords, type DiffSegment } from "../domain/history/render-diff.js";

export type HistoryItem = HistoryEntry & {
  diff?: DiffSegment[];
  side?: "en" | "ar";
  summary?: { removed: number; added: number };
  revertible: boolean;
};

type Snapshot = { en: number[]; ar: number[]; status: string }[];

function beadKeys(beads: Snapshot): Set<string> {
  return new Set(beads.map((b) => `${b.en.join(",")}|${b.ar.join(",")}|${b.status}`));
}

export const HISTORY_PAGE = 100;

export type HistoryView = { items: HistoryItem[]; olderHref: string | null };

export function buildHistoryView(store: Store, documentId: number, before?: number): HistoryView {
  const page = store.getHistoryPage(documentId, { before, limit: HISTORY_PAGE + 1 });
  const items = page.slice(0, HISTORY_PAGE).map((entry) => toItem(store, entry));
  const last = items[items.length - 1];
  return { items, olderHref: page.length > HISTORY_PAGE && last ? `?before=${last.id}` : null };
}

function toItem(store: Store, entry: HistoryEntry): HistoryItem {
  if (entry.kind === "text") {
    const before = (entry.before as { text: string }).text;
    const after = (entry.after as { text: string }).text;
    const paragraph = store.getParagraph(Number(entry.target.split(":")[1]));
    return { ...entry, diff: diffWords(before, after), side: paragraph?.side, revertible: paragraph !== null };
  }
  if (entry.kind === "alignment" && Array.isArray(entry.before) && Array.isArray(entry.after)) {
    const before = beadKeys(entry.before as Snapshot);
    const after = beadKeys(entry.after as Snapshot);
    return {
      ...entry,
      summary: { removed: [...before].filter((k) => !after.has(k)).length, added: [...after].filter((k) => !before.has(k)).length },
      revertible: false,
    };
  }
  if (entry.kind === "splice") {
    const rows = (value: unknown) => ((value as { rows?: unknown[] } | null)?.rows ?? []).length;
    return { ...entry, summary: { removed: rows(entry.before), added: rows(entry.after) }, revertible: false };
  }
  return { ...entry, revertible: false };
}
