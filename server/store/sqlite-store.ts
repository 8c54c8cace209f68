/**
 * The Store (types.ts) over one SQL connection: composes the repositories and wraps every change in
 * one transaction, so an import or a re-alignment is all there or not there at all. The same
 * composition serves both engines: SQLite through better-sqlite3 (openSqliteStore, here) and
 * PostgreSQL through its synchronous adapter (postgres/pg-store.ts).
 */
import { openDatabase, type SqliteDatabase } from "./open-database.js";
import type { SqlDatabase } from "./sql-database.js";
import type { NewDocument, ParagraphRecord, Store } from "./types.js";
import { countDocuments, getDocument, getParagraphs, insertDocument, listCorpusPage, listDocuments, touchDocument } from "./documents-repository.js";
import { getDeletedDocument, listDeletedDocuments, purgeDeletedDocuments, renameDocument, restoreDocument, softDeleteDocument } from "./document-lifecycle.js";
import { beadSignals, getBeads, insertBeads, paragraphVersions } from "./beads-repository.js";
import { listGlossary, removeGlossaryEntry, replaceGlossaryEntry, upsertGlossary } from "./glossary-repository.js";
import { addDismissal, countFindings, findingsStamp, findingsVersion, getFinding, listDismissals, listFindings, markAllFindingsStale, replaceFindings, staleFindings } from "./findings-repository.js";
import { listDocumentTitles, nextToTravel, readAudit, readHistory, readHistoryEntry, readHistoryPage, readHistoryRefs, recordHistory } from "./history-repository.js";
import { applyAlignment, editText, setBeadStatus } from "./edits-repository.js";
import { joinWithNext, splitParagraph } from "./structure-repository.js";
import { travel } from "./travel.js";
import { createSession, createUser, deleteSession, findUser, listUsers, removeUser, sessionUser, updateUser } from "./users-repository.js";
import { readPreferences, writeDensity } from "./preferences-repository.js";
import { NotFoundError } from "./conflict-error.js";
import { spliceRows } from "./splice-repository.js";
import { statement } from "./statements.js";
import { iteratePairs } from "./pairs-repository.js";
import { countGridFindings, listGridDocuments, listGridFindings, readGridContext, recordFindingOutcome } from "./findings-grid-repository.js";
import { changeSentenceLinks, readRowTexts, readStoredLinks, storedLinksByBead } from "./sentence-links-repository.js";
import { checkCover } from "../domain/align/check-cover.js";
import { createPendingImport, getPendingImport, settlePendingImport } from "./pending-imports-repository.js";
import {
  addIgnoreRule, getAcceptedWord, ignoreListsStamp, listAcceptedWords, listAllDismissals, listIgnoreRules, removeAcceptedWord, removeIgnoreRules, replaceAcceptedWord, restoreDismissals,
  upsertAcceptedWords,
} from "./ignore-lists-repository.js";
import { claimJob, claimNextJob, createJob, dropJobFiles, finishJob, getJob, jobFile, listJobs, releaseJob, requestJobCancel, setJobProgress, touchJob } from "./jobs-repository.js";
import {
  decideArchivePair, decideArchivePairs, getArchiveArticle, getArchivePair, getArchiveSummary, listArchivePairs, listArchives, listUnpairedArticles, liveArchivePair,
  listArchiveFileErrors, repairArchiveArticles, searchArchiveArticles,
} from "./archive-review-repository.js";
import { createBulkChange, fillBulkChange, getBulkChange, listBulkOccurrences, selectBulkOccurrences, settleBulkChange } from "./bulk-repository.js";

import {
  archiveCounts, createArchive, findActiveArchiveJob, findArchiveJob, getArchive, listUncheckedArchiveDocuments, listWaitingPairs, markPairDocument, readArchiveArticle,
  readArchiveArticles, replaceProposedPairs, setArchiveJob, storeArchiveBatch,
} from "./archive-repository.js";
import { corpusStamp } from "./corpus-stamp-repository.js";
import { hitRateLimit, readRateLimit, resetRateLimit, unhitRateLimit } from "./rate-limits-repository.js";
import { dropArchiveCandidates, readArchiveCandidates, storeArchiveCandidates } from "./archive-candidates-repository.js";

export function openSqliteStore(path: string): Store & { db: SqliteDatabase } {
  return composeStore(openDatabase(path), path);
}

/** The Store over an open connection of either engine; `location` opens the same database again. */
export function composeStore<D extends SqlDatabase>(db: D, location: string): Store & { db: D } {
  return {
    db,
    location,
    atomically: (fn) => db.transaction(fn).immediate(),
    createDocument(doc: NewDocument, user: string): number {
      checkCover(doc.beads, doc.en.length, doc.ar.length);
      return db.transaction(() => {
        const { id, en, ar } = insertDocument(db, doc, user);
        insertBeads(db, id, doc.beads, { en, ar });
        recordHistory(db, { documentId: id, user, action: "import", target: `document:${id}`, after: { title: doc.title, en: doc.en.length, ar: doc.ar.length, beads: doc.beads.length } });
        return id;
      }).immediate();
    },
    listDocuments: () => listDocuments(db),
    listCorpusPage: (listing) => listCorpusPage(db, listing),
    countDocuments: (options) => countDocuments(db, options?.includeDeleted ?? false),
    corpusStamp: () => corpusStamp(db),
    getDocument: (id) => getDocument(db, id),
    renameDocument: (id, titles, version, user) => renameDocument(db, id, titles, version, user),
    deleteDocument: (id, user, at) => softDeleteDocument(db, id, user, at),
    restoreDocument: (id, user) => restoreDocument(db, id, user),
    getDeletedDocument: (id) => getDeletedDocument(db, id),
    listDeletedDocuments: () => listDeletedDocuments(db),
    purgeDeletedDocuments: (cutoff, limit) => purgeDeletedDocuments(db, cutoff, limit),
    getParagraphs: (documentId, side) => getParagraphs(db, documentId, side),
    getBeads: (documentId, options) => getBeads(db, documentId, options),
    getBeadSignals: (documentId, beadIds) => beadSignals(db, documentId, beadIds),
    getParagraphVersions: (documentId) => paragraphVersions(db, documentId),
    listGlossary: () => listGlossary(db),
    upsertGlossary: (entries) => db.transaction(() => {
      const added = upsertGlossary(db, entries);
      markAllFindingsStale(db);
      return added;
    }).immediate(),
    replaceGlossaryEntry: (ar, en, entry) => db.transaction(() => {
      const replaced = replaceGlossaryEntry(db, ar, en, entry);
      if (replaced) markAllFindingsStale(db);
      return replaced;
    }).immediate(),
    removeGlossaryEntry: (ar, en) => db.transaction(() => {
      const removed = removeGlossaryEntry(db, ar, en);
      if (removed) markAllFindingsStale(db);
      return removed;
    }).immediate(),
    getHistory: (documentId) => readHistory(db, documentId),
    getHistoryPage: (documentId, options) => readHistoryPage(db, documentId, options.before ?? null, options.limit),
    getHistoryEntry: (documentId, id) => readHistoryEntry(db, documentId, id),
    iteratePairs: (filter) => iteratePairs(db, filter),
    beadDocument: (beadId) => (statement(db, "SELECT document_id FROM beads WHERE id = ?").get(beadId) as { document_id: number } | undefined)?.document_id ?? null,
    getRowTexts: (documentId, beadId) => readRowTexts(db, documentId, beadId),
    getStoredSentenceLinks: (documentId, key) => readStoredLinks(db, documentId, key),
    getStoredSentenceLinksByBead: (documentId) => storedLinksByBead(db, documentId),
    changeSentenceLinks: (documentId, beadId, expected, compute, user, action) => changeSentenceLinks(db, documentId, beadId, expected, compute, user, action),
    applyAlignment: (documentId, beads, user, action, expected, groupId, scorer) => applyAlignment(db, documentId, beads, user, action, expected, groupId ?? null, scorer),
    spliceRows: (documentId, from, count, compute, user, action, expected, scorer) => spliceRows(db, documentId, from, count, compute, user, action, expected, scorer),
    beadPosition: (documentId, beadId) =>
      (statement(db, "SELECT position FROM beads WHERE document_id = ? AND id = ?").get(documentId, beadId) as { position: number } | undefined)?.position ?? null,
    beadAt: (documentId, position) =>
      (db.prepare("SELECT id, version FROM beads WHERE document_id = ? AND position = ?").get(documentId, position) as { id: number; version: number } | undefined) ?? null,
    setBeadStatus: (documentId, beadId, version, status, user, action) => setBeadStatus(db, documentId, beadId, version, status, user, action),
    editParagraph: (paragraphId, baseVersion, text, user, action, groupId, scorer) => editText(db, paragraphId, baseVersion, text, user, action, groupId ?? null, scorer),
    splitParagraph: (paragraphId, baseVersion, offset, user, scorer) => splitParagraph(db, paragraphId, baseVersion, offset, user, scorer),
    joinParagraphWithNext: (paragraphId, baseVersion, user, scorer) => joinWithNext(db, paragraphId, baseVersion, user, scorer),
    replaceFindings: (documentId, findings, version, seen) => replaceFindings(db, documentId, findings, version, seen),
    listFindings: (filter) => listFindings(db, filter),
    getFinding: (id) => getFinding(db, id),
    countFindings: (documentId) => countFindings(db, documentId),
    findingsVersion: (documentId) => findingsVersion(db, documentId),
    findingsStamp: (documentId) => findingsStamp(db, documentId),
    staleFindings: (limit) => staleFindings(db, limit),
    dismissFinding(documentId, dismissal, user) {
      db.transaction(() => {
        addDismissal(db, documentId, dismissal, user);
        // Gone from every list at once, not only after the background recomputation.
        db.prepare("DELETE FROM findings WHERE document_id = ? AND side = ? AND check_id = ? AND text_hash = ? AND start_offset = ? AND end_offset = ?")
          .run(documentId, dismissal.lang, dismissal.checkId, dismissal.textHash, dismissal.start, dismissal.end);
        const { paragraphId: _paragraph, excerpt: _excerpt, ...recorded } = dismissal;
        recordHistory(db, { documentId, user, action: "dismiss", target: `check:${dismissal.checkId}`, after: recorded });
        touchDocument(db, documentId, user);
      }).immediate();
    },
    listDismissals: (documentId) => listDismissals(db, documentId),
    listGridFindings: (query) => listGridFindings(db, query),
    countGridFindings: (query) => countGridFindings(db, query),
    readGridContext: (findings) => readGridContext(db, findings),
    recordFindingOutcome: (finding, outcome, user) => recordFindingOutcome(db, finding, outcome, user),
    listGridDocuments: (limit) => listGridDocuments(db, limit),
    listAllDismissals: (page) => listAllDismissals(db, page),
    restoreDismissals: (ids) => restoreDismissals(db, ids),
    listIgnoreRules: () => listIgnoreRules(db),
    addIgnoreRule: (rule, user) => addIgnoreRule(db, rule, user),
    removeIgnoreRules: (ids) => removeIgnoreRules(db, ids),
    listAcceptedWords: () => listAcceptedWords(db),
    getAcceptedWord: (id) => getAcceptedWord(db, id),
    upsertAcceptedWords: (words, user) => upsertAcceptedWords(db, words, user),
    replaceAcceptedWord: (id, word, user) => replaceAcceptedWord(db, id, word, user),
    removeAcceptedWord: (id) => removeAcceptedWord(db, id),
    ignoreListsStamp: () => ignoreListsStamp(db),
    nextToTravel: (documentId, direction) => nextToTravel(db, documentId, direction),
    travel: (documentId, direction, user, guard, scorer) => travel(db, documentId, direction, user, guard, scorer),
    getParagraph(paragraphId) {
      // A deleted document's paragraphs are gone with it, for every reader and every edit.
      const row = db.prepare(
        "SELECT p.id, p.document_id, p.side, p.position, p.text, p.boilerplate, p.version FROM paragraphs p JOIN documents d ON d.id = p.document_id WHERE p.id = ? AND d.deleted_at IS NULL",
      ).get(paragraphId) as
        | (ParagraphRecord & { document_id: number })
        | undefined;
      if (!row) return null;
      const { document_id: documentId, ...rest } = row;
      return { ...rest, documentId };
    },
    setDocumentStatus(documentId, status, user) {
      db.transaction(() => {
        const before = getDocument(db, documentId);
        if (!before) throw new NotFoundError(`document:${documentId}`);
        db.prepare("UPDATE documents SET status = ? WHERE id = ?").run(status, documentId);
        touchDocument(db, documentId, user);
        recordHistory(db, { documentId, user, action: "status", target: `document:${documentId}`, before: before.status, after: status });
      }).immediate();
    },
    audit: (entry) => recordHistory(db, { documentId: entry.documentId, user: entry.user, action: entry.action, target: entry.target, after: entry.details }),
    listAudit: (filter) => readAudit(db, filter),
    historyRefs: (ids) => readHistoryRefs(db, ids),
    listDocumentTitles: () => listDocumentTitles(db),

    createUser: (name, hash, role) => createUser(db, name, hash, role),
    findUser: (name) => findUser(db, name),
    listUsers: () => listUsers(db),
    updateUser: (name, changes) => updateUser(db, name, changes),
    removeUser: (name) => removeUser(db, name),
    countUsers: () => (db.prepare("SELECT COUNT(*) AS n FROM users").get() as { n: number }).n,
    createSession: (id, userId, expiresAt) => createSession(db, id, userId, expiresAt),
    sessionUser: (id) => sessionUser(db, id),
    deleteSession: (id) => deleteSession(db, id),
    userPreferences: (userId) => readPreferences(db, userId),
    setUserDensity: (userId, density) => writeDensity(db, userId, density),
    setting(key, create) {
      return db.transaction(() => {
        const row = db.prepare("SELECT value FROM settings WHERE key = ?").get(key) as { value: string } | undefined;
        if (row) return row.value;
        const value = create();
        db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)").run(key, value);
        return value;
      }).immediate();
    },
    hitRateLimit: (key, windowMs, now) => hitRateLimit(db, key, windowMs, now),
    unhitRateLimit: (key, now) => unhitRateLimit(db, key, now),
    readRateLimit: (key, now) => readRateLimit(db, key, now),
    resetRateLimit: (key) => resetRateLimit(db, key),
    createJob: (job) => createJob(db, job),
    getJob: (id) => getJob(db, id),
    listJobs: (page) => listJobs(db, page),
    claimNextJob: (runner, now, staleBefore) => claimNextJob(db, runner, now, staleBefore),
    claimJob: (id, runner, now, staleBefore) => claimJob(db, id, runner, now, staleBefore),
    releaseJob: (id, runner) => releaseJob(db, id, runner),
    setJobProgress: (id, stage, done, total) => setJobProgress(db, id, stage, done, total),
    touchJob: (id, runner) => touchJob(db, id, runner),
    finishJob: (id, state, outcome) => finishJob(db, id, state, outcome),
    requestJobCancel: (id) => requestJobCancel(db, id),
    jobFile: (id, role) => jobFile(db, id, role),
    dropJobFiles: (id) => dropJobFiles(db, id),
    createBulkChange: (input) => createBulkChange(db, input),
    fillBulkChange: (id, occurrences, params) => fillBulkChange(db, id, occurrences, params),
    getBulkChange: (id) => getBulkChange(db, id),
    listBulkOccurrences: (id, page) => listBulkOccurrences(db, id, page),
    selectBulkOccurrences: (id, shown, picked) => selectBulkOccurrences(db, id, shown, picked),
    settleBulkChange: (id, state, outcomes, summary) => settleBulkChange(db, id, state, outcomes, summary),
    createPendingImport: (input) => createPendingImport(db, input),
    getPendingImport: (id) => getPendingImport(db, id),
    settlePendingImport: (id, documentId) => settlePendingImport(db, id, documentId),
    // Archives (issue 14, archflow).
    createArchive: (input) => createArchive(db, input),
    getArchive: (id) => getArchive(db, id),
    setArchiveJob: (archiveId, jobId) => setArchiveJob(db, archiveId, jobId),
    storeArchiveBatch: (archiveId, edition, firstSeq, articles, errors) => storeArchiveBatch(db, archiveId, edition, firstSeq, articles, errors),
    readArchiveArticles: (archiveId, edition) => readArchiveArticles(db, archiveId, edition),
    readArchiveArticle: (archiveId, edition, articleId) => readArchiveArticle(db, archiveId, edition, articleId),
    replaceProposedPairs: (archiveId, pairs, decidedBy, at) => replaceProposedPairs(db, archiveId, pairs, decidedBy, at),
    storeArchiveCandidates: (archiveId, pass, candidates) => storeArchiveCandidates(db, archiveId, pass, candidates),
    readArchiveCandidates: (archiveId, pass) => readArchiveCandidates(db, archiveId, pass),
    dropArchiveCandidates: (archiveId) => dropArchiveCandidates(db, archiveId),
    listWaitingPairs: (archiveId, limit) => listWaitingPairs(db, archiveId, limit),
    markPairDocument: (pairId, documentId) => markPairDocument(db, pairId, documentId),
    listUncheckedArchiveDocuments: (archiveId, limit) => listUncheckedArchiveDocuments(db, archiveId, limit),
    archiveCounts: (archiveId) => archiveCounts(db, archiveId),
    findArchiveJob: (inputHash) => findArchiveJob(db, inputHash),
    findActiveArchiveJob: (archiveId) => findActiveArchiveJob(db, archiveId),
    // The pairing review of an archive (archive-review-repository.ts).
    listArchives: () => listArchives(db),
    getArchiveSummary: (id) => getArchiveSummary(db, id),
    listArchivePairs: (archiveId, filter, after, limit) => listArchivePairs(db, archiveId, filter, after, limit),
    getArchivePair: (archiveId, pairId) => getArchivePair(db, archiveId, pairId),
    liveArchivePair: (archiveId, edition, articleId) => liveArchivePair(db, archiveId, edition, articleId),
    getArchiveArticle: (archiveId, edition, articleId) => getArchiveArticle(db, archiveId, edition, articleId),
    listUnpairedArticles: (archiveId, edition, after, limit) => listUnpairedArticles(db, archiveId, edition, after, limit),
    searchArchiveArticles: (archiveId, edition, words, window, inside, limit) => searchArchiveArticles(db, archiveId, edition, words, window, inside, limit),
    decideArchivePair: (archiveId, pairId, version, status, user, at) => decideArchivePair(db, archiveId, pairId, version, status, user, at),
    decideArchivePairs: (archiveId, seen, status, user, at) => decideArchivePairs(db, archiveId, seen, status, user, at),
    repairArchiveArticles: (archiveId, en, ar, user, at) => repairArchiveArticles(db, archiveId, en, ar, user, at),
    listArchiveFileErrors: (archiveId, after, limit) => listArchiveFileErrors(db, archiveId, after, limit),
    close: () => db.close(),
  };
}
