/**
 * SQLite: the ignore lists the team shares. The dismissals of the whole corpus, a page at a time,
 * each with its document, the row it is in as numbered on screen (the position of its paragraph's
 * bead), the text it was about, who dismissed it and when; restoring one deletes it and makes its
 * document's findings stale, so the background brings the finding back. Ignore rules ("ignore all
 * like this"): a check and the matching key of a text; adding one removes the findings it covers
 * at once, and adding or removing one makes every document's findings stale (the checks read the
 * rules). The outlet's accepted words and names: added (the same word and language again updates
 * it), changed in place, removed; every change makes every document's findings stale.
 */
import type { SqlDatabase } from "./sql-database.js";
import type { AcceptedWordRecord, DismissalListing, IgnoreRuleRecord } from "./types.js";
import type { AcceptedWord } from "../domain/checks/types.js";
import { matchingKey } from "../domain/checks/ignore-rules.js";
import { markAllFindingsStale, markFindingsStale } from "./findings-repository.js";

type DismissalRow = {
  id: number; document_id: number; title: string; side: "en" | "ar"; check_id: string; excerpt: string; user_name: string; at: string; paragraph_id: number | null;
  position: number | null;
};

/** Newest first, `limit` from `offset`, with the number of dismissals in all (deleted documents' left out). */
export function listAllDismissals(db: SqlDatabase, page: { offset: number; limit: number }): { total: number; dismissals: DismissalListing[] } {
  const total = (db.prepare("SELECT COUNT(*) AS n FROM dismissals x JOIN documents d ON d.id = x.document_id WHERE d.deleted_at IS NULL").get() as { n: number }).n;
  const rows = db.prepare(
    `SELECT x.id, x.document_id, d.title, x.side, x.check_id, x.excerpt, x.user_name, x.at, x.paragraph_id, b.position
     FROM dismissals x JOIN documents d ON d.id = x.document_id
     LEFT JOIN bead_paragraphs bp ON bp.paragraph_id = x.paragraph_id LEFT JOIN beads b ON b.id = bp.bead_id
     WHERE d.deleted_at IS NULL
     ORDER BY x.at DESC, x.id DESC LIMIT ? OFFSET ?`,
  ).all(page.limit, page.offset) as DismissalRow[];
  return {
    total,
    dismissals: rows.map((r) => ({
      id: r.id, documentId: r.document_id, documentTitle: r.title, lang: r.side, checkId: r.check_id, excerpt: r.excerpt, user: r.user_name, at: r.at,
      row: r.position === null ? null : r.position + 1,
    })),
  };
}

/** Deletes these dismissals and marks their documents' findings stale; the ones deleted (unknown ids are left out). */
export function restoreDismissals(db: SqlDatabase, ids: readonly number[]): DismissalListing[] {
  return db.transaction(() => {
    const restored: DismissalListing[] = [];
    const read = db.prepare("SELECT x.id, x.document_id, d.title, x.side, x.check_id, x.excerpt, x.user_name, x.at FROM dismissals x JOIN documents d ON d.id = x.document_id WHERE x.id = ?");
    for (const id of new Set(ids)) {
      const r = read.get(id) as DismissalRow | undefined;
      if (!r) continue;
      db.prepare("DELETE FROM dismissals WHERE id = ?").run(id);
      markFindingsStale(db, r.document_id);
      restored.push({ id: r.id, documentId: r.document_id, documentTitle: r.title, lang: r.side, checkId: r.check_id, excerpt: r.excerpt, user: r.user_name, at: r.at, row: null });
    }
    return restored;
  }).immediate();
}

type RuleRow = { id: number; check_id: string; text_key: string; text: string; user_name: string; at: string };
const toRule = (r: RuleRow): IgnoreRuleRecord => ({ id: r.id, checkId: r.check_id, textKey: r.text_key, text: r.text, user: r.user_name, at: r.at });

export function listIgnoreRules(db: SqlDatabase): IgnoreRuleRecord[] {
  return (db.prepare("SELECT * FROM ignore_rules ORDER BY at DESC, id DESC").all() as RuleRow[]).map(toRule);
}

/**
 * Adds the rule (none when the same check and key has one already: null) and removes the stored
 * findings it covers at once; every document's findings become stale, so new computations follow it.
 */
export function addIgnoreRule(db: SqlDatabase, rule: { checkId: string; text: string }, user: string): IgnoreRuleRecord | null {
  return db.transaction(() => {
    const key = matchingKey(rule.text);
    const added = db.prepare("INSERT INTO ignore_rules (check_id, text_key, text, user_name, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
      .run(rule.checkId, key, rule.text, user, new Date().toISOString());
    if (added.changes === 0) return null;
    const covered = (db.prepare("SELECT id, excerpt FROM findings WHERE check_id = ?").all(rule.checkId) as { id: number; excerpt: string }[]).filter((f) => matchingKey(f.excerpt) === key);
    const remove = db.prepare("DELETE FROM findings WHERE id = ?");
    for (const f of covered) remove.run(f.id);
    markAllFindingsStale(db);
    return toRule(db.prepare("SELECT * FROM ignore_rules WHERE id = ?").get(Number(added.lastInsertRowid)) as RuleRow);
  }).immediate();
}

/** Removes these rules; every document's findings become stale when one went. The ones removed. */
export function removeIgnoreRules(db: SqlDatabase, ids: readonly number[]): IgnoreRuleRecord[] {
  return db.transaction(() => {
    const removed: IgnoreRuleRecord[] = [];
    for (const id of new Set(ids)) {
      const row = db.prepare("SELECT * FROM ignore_rules WHERE id = ?").get(id) as RuleRow | undefined;
      if (!row) continue;
      db.prepare("DELETE FROM ignore_rules WHERE id = ?").run(id);
      removed.push(toRule(row));
    }
    if (removed.length > 0) markAllFindingsStale(db);
    return removed;
  }).immediate();
}

type WordRow = { id: number; lang: "en" | "ar"; word: string; kind: "word" | "name"; note: string; user_name: string; at: string };
const toWord = (r: WordRow): AcceptedWordRecord => ({ id: r.id, lang: r.lang, word: r.word, kind: r.kind, note: r.note, user: r.user_name, at: r.at });

export function listAcceptedWords(db: SqlDatabase): AcceptedWordRecord[] {
  return (db.prepare("SELECT * FROM accepted_words ORDER BY lang, word_key, id").all() as WordRow[]).map(toWord);
}

export function getAcceptedWord(db: SqlDatabase, id: number): AcceptedWordRecord | null {
  const row = db.prepare("SELECT * FROM accepted_words WHERE id = ?").get(id) as WordRow | undefined;
  return row ? toWord(row) : null;
}

/** Adds the words; a word already there (same language and key) takes the new spelling, kind and note. How many were new. */
export function upsertAcceptedWords(db: SqlDatabase, words: readonly AcceptedWord[], user: string): number {
  return db.transaction(() => {
    const at = new Date().toISOString();
    const exists = db.prepare("SELECT 1 FROM accepted_words WHERE lang = ? AND word_key = ?");
    const upsert = db.prepare(
      `INSERT INTO accepted_words (lang, word, word_key, kind, note, user_name, at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (lang, word_key) DO UPDATE SET word = excluded.word, kind = excluded.kind, note = excluded.note, user_name = excluded.user_name, at = excluded.at`,
    );
    let added = 0;
    for (const w of words) {
      const key = matchingKey(w.word);
      if (!exists.get(w.lang, key)) added++;
      upsert.run(w.lang, w.word, key, w.kind, w.note, user, at);
    }
    if (words.length > 0) markAllFindingsStale(db);
    return added;
  }).immediate();
}

/** Changes entry `id` in place; false when there is none, or when another entry already has that word and language. */
export function replaceAcceptedWord(db: SqlDatabase, id: number, word: AcceptedWord, user: string): boolean {
  return db.transaction(() => {
    const key = matchingKey(word.word);
    const clash = db.prepare("SELECT id FROM accepted_words WHERE lang = ? AND word_key = ? AND id <> ?").get(word.lang, key, id);
    if (clash) return false;
    const changed = db.prepare("UPDATE accepted_words SET lang = ?, word = ?, word_key = ?, kind = ?, note = ?, user_name = ?, at = ? WHERE id = ?")
      .run(word.lang, word.word, key, word.kind, word.note, user, new Date().toISOString(), id).changes > 0;
    if (changed) markAllFindingsStale(db);
    return changed;
  }).immediate();
}

export function removeAcceptedWord(db: SqlDatabase, id: number): AcceptedWordRecord | null {
  return db.transaction(() => {
    const row = getAcceptedWord(db, id);
    if (!row) return null;
    db.prepare("DELETE FROM accepted_words WHERE id = ?").run(id);
    markAllFindingsStale(db);
    return row;
  }).immediate();
}

/**
 * A value that changes whenever the rules or the accepted words do (counts, largest ids, latest
 * change), so that the checks can keep the lists they read until then.
 */
export function ignoreListsStamp(db: SqlDatabase): string {
  const row = db.prepare(
    `SELECT (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) || ':' || COALESCE(MAX(at), '') FROM ignore_rules) AS rules,
            (SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) || ':' || COALESCE(MAX(at), '') FROM accepted_words) AS words`,
  ).get() as { rules: string; words: string };
  return `${row.rules}|${row.words}`;
}
