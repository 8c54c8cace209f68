/**
 * The store's interface: what the rest of mizan may ask of the database, in domain terms. Domain
 * code and routes depend on this, never on SQL, so a second engine (PostgreSQL) can implement it
 * without touching them. Every method that changes data runs in one transaction.
 */
import type { BeadSignals, Side } from "../domain/align/types.js";
import type { BeadScorer } from "../domain/align/score-beads.js";

export type DocumentStatus = "open" | "finished" | "locked";
export type { BeadStatus } from "../domain/review/bead-status.js";
import type { BeadStatus } from "../domain/review/bead-status.js";

export type DocumentMeta = {
  title: string;
  titleAr?: string;
  sourceUrlEn?: string;
  sourceUrlAr?: string;
  publishedEn?: string | null;
  publishedAr?: string | null;
};

export type DocumentRecord = DocumentMeta & {
  id: number;
  status: DocumentStatus;
  createdAt: string;
  updatedAt: string;
  updatedBy: string | null;
  version: number;
};

/** A deleted document, kept until it is purged: when and by whom it was deleted. */
export type DeletedDocument = DocumentRecord & { deletedAt: string; deletedBy: string };

export type DocumentSummary = DocumentRecord & { beads: number; confirmed: number; rejected: number; paragraphsEn: number; paragraphsAr: number; findings: number };

/** The corpus table's columns a listing can be ordered by, and the filter (every part optional; dates already checked as YYYY-MM-DD). */
export type CorpusOrder = "title" | "published-en" | "published-ar" | "imported" | "status" | "findings" | "updated";
export type CorpusListing = {
  /** Already folded for matching (Arabic folded, lower case); matched inside either edition's title. */
  needle?: string; status?: string; from?: string; to?: string;
  order: CorpusOrder; direction: "asc" | "desc";
  /** 1-based; one past the end (or more) gives the last page. */
  page: number; pageSize: number;
};
export type CorpusListingPage = { total: number; page: number; documents: DocumentSummary[] };

export type ParagraphInput = { text: string; boilerplate: string | null };
export type ParagraphRecord = ParagraphInput & { id: number; side: Side; position: number; version: number };

/** A bead by paragraph positions on each side (0-based, as the aligner numbers them). */
export type BeadInput = { en: number[]; ar: number[]; score: number; signals: BeadSignals; status?: BeadStatus };
export type BeadRecord = BeadInput & {
  id: number; position: number; status: BeadStatus; version: number;
  /** The paragraphs' ids, in the same order as the positions in en/ar. */
  paragraphIds?: { en: number[]; ar: number[] };
};

export type { GlossaryEntry } from "../domain/glossary/glossary-entry.js";
import type { GlossaryEntry } from "../domain/glossary/glossary-entry.js";

export type HistoryEntry = {
  id: number; documentId: number | null; user: string; at: string; action: string; target: string;
  before: unknown; after: unknown;
  /** "alignment" | "text" | "structure" for undoable changes; "other" for everything else. */
  kind: string;
  /** "done", "undone" (can be redone) or "discarded" (undone, then superseded). */
  undoState: string;
  /** The bulk change this entry belongs to (its group, undone and redone as one), or null. */
  groupId: number | null;
  /** For a change to one row or paragraph: the row's 0-based position when it was made (null: not known, or not one row). */
  rowAt: number | null;
};

/** The audit log's filters: document, user, action (its id, "fix" also meaning "fix:<check>"), `at` from/until (ISO, until excluded), ids below `before`. */
export type AuditFilter = { documentId?: number; user?: string; action?: string; from?: string; until?: string; before?: number; limit?: number };

/** What history entries point at, as it is now (store/history-repository.ts readHistoryRefs). */
export type HistoryRefs = {
  /** Row id -> its 0-based position now. */
  beads: Map<number, number>;
  /** Paragraph id -> its document, side, the position of its row now (null: in no row) and its first 160 characters. */
  paragraphs: Map<number, { documentId: number; side: "en" | "ar"; position: number | null; opening: string }>;
  /** Bulk change id -> its kind, what was asked, and how many history entries it wrote. */
  groups: Map<number, { kind: string; params: Record<string, unknown>; changes: number }>;
  /** Document id -> its titles now. */
  documents: Map<number, { title: string; titleAr: string }>;
};

/** The kinds of history entry that undo and redo act on (a domain table, see history-kinds.ts). */
export { UNDOABLE_KINDS, type HistoryKind } from "../domain/history/history-kinds.js";

/** An import read and previewed, not yet saved: `content` is what was read (JSON), null once saved. */
export type PendingImportInput = { id: string; user: string; createdAt: string; expiresAt: string; content: Record<string, unknown> };
export type PendingImportRecord = Omit<PendingImportInput, "content"> & { content: Record<string, unknown> | null; documentId: number | null };

export type NewDocument = DocumentMeta & { en: ParagraphInput[]; ar: ParagraphInput[]; beads: BeadInput[] };

/** Which pairs an export (or any corpus-wide reader) wants. Dates are ISO yyyy-mm-dd, inclusive. */
export type PairFilter = {
  documentIds?: number[];
  since?: string;
  until?: string;
  /** "confirmed" (the default for exports) or "all" (auto and confirmed); rejected ones only with includeRejected. */
  status?: "confirmed" | "all";
  /** Rejected pairs as well (never by default). */
  includeRejected?: boolean;
  minScore?: number;
  /** Leave out pairs with open findings. */
  withoutOpenFindings?: boolean;
  /** Include one-sided beads (an empty side). */
  oneSided?: boolean;
};

/** One bead with its texts, as exporters read it (a domain type: domain/export/corpus-pair.ts). */
export type { CorpusPair } from "../domain/export/corpus-pair.js";
import type { CorpusPair } from "../domain/export/corpus-pair.js";

export type { UserRole } from "../domain/auth/roles.js";
import type { UserRole } from "../domain/auth/roles.js";
import type { Density, UserPreferences } from "../domain/preferences/density.js";
export type { Density, UserPreferences } from "../domain/preferences/density.js";
export type UserRecord = { id: number; name: string; role: UserRole; createdAt: string; disabled: boolean };
export type BeadRef = { id: number; version: number };

export type { SentenceLink, StoredSentenceLinks } from "../domain/review/sentence-links.js";
import type { StoredSentenceLinks } from "../domain/review/sentence-links.js";
/** A row's paragraph texts in order per side, its key (paragraph ids, store/sentence-links-repository.ts) and their fingerprint. */
export type RowTexts = { beadId: number; key: string; en: string[]; ar: string[]; fingerprint: string };

export type FindingInput = {
  beadId: number | null; paragraphId: number | null; checkId: string; severity: "error" | "warning" | "info"; side: string;
  start: number; end: number; params: Record<string, string>; suggestion: string | null; textHash: string;
  /** The text the finding is about (its span, at most a few hundred characters), never the paragraph. */
  excerpt: string;
};
export type FindingRecord = FindingInput & {
  id: number; documentId: number;
  /** Where the finding's paragraph is, when read for display. */
  documentTitle?: string; lang?: "en" | "ar"; position?: number;
};
export type FindingsFilter = { documentId?: number; checkId?: string; severity?: string; limit?: number };
/** What the findings grid asks for: one status, optional filters, an order and a slice (store/findings-grid-repository.ts). */
export type GridStatus = "open" | "fixed" | "dismissed";
export type GridSort = "document" | "check" | "severity" | "date" | "recent";
export type GridQuery = {
  status: GridStatus; checkId?: string; severity?: string; documentId?: number;
  /** Document dates (publication, else import day), YYYY-MM-DD, inclusive. */
  from?: string; to?: string;
  sort: GridSort; limit: number; offset: number;
};
/** A finding as the grid lists it; `user` and `at` say who fixed or dismissed it, and when. */
export type GridRow = Omit<FindingRecord, "documentTitle" | "lang" | "position"> & {
  documentTitle: string; documentTitleAr: string; documentDate: string; status: GridStatus; user: string | null; at: string | null;
};
/** A bounded piece of a paragraph for the grid: around a finding's span ("span"), or the start of a row's paragraph ("row"). */
export type GridContextParagraph = {
  kind: "span" | "row"; key: number; paragraphId: number; side: "en" | "ar"; position: number;
  /** Where `text` starts in the paragraph, and the paragraph's whole length. */
  offset: number; text: string; length: number;
  /** For "row": the row's number in its document, as the alignment view numbers it. */
  rowNumber: number | null;
};
export type DismissalRecord = { documentId: number; lang: "en" | "ar"; checkId: string; textHash: string; start: number; end: number };
/** What a dismissal keeps for the list of dismissals: the finding's paragraph and the text it was about. */
export type DismissalInput = Omit<DismissalRecord, "documentId"> & { paragraphId?: number | null; excerpt?: string };
/** One dismissal as the list shows it: its document, row (as numbered on screen; null when its paragraph is gone), check, text, who and when. */
export type DismissalListing = {
  id: number; documentId: number; documentTitle: string; lang: "en" | "ar"; checkId: string; excerpt: string; user: string; at: string; row: number | null;
};
/** An "ignore all like this" rule: the check, the matching key, the text as written, who and when. */
export type IgnoreRuleRecord = { id: number; checkId: string; textKey: string; text: string; user: string; at: string };
export type { AcceptedWord } from "../domain/checks/types.js";
import type { AcceptedWord } from "../domain/checks/types.js";
export type AcceptedWordRecord = AcceptedWord & { id: number; user: string; at: string };

/** A bulk change awaiting the user's word, then what became of it (store/bulk-repository.ts). */
export type BulkKind = "replace" | "confirm-above" | "realign";
export type BulkState = "computing" | "ready" | "failed" | "applied" | "cancelled";
export type BulkChangeInput = {
  kind: BulkKind; user: string; documentId: number | null; params: Record<string, unknown>;
  /** Given: the change is ready; absent: a worker computes them (state "computing"). */
  occurrences?: { documentId: number; detail: Record<string, unknown> }[];
};
export type BulkChangeRecord = {
  id: number; kind: BulkKind; user: string; documentId: number | null; createdAt: string; state: BulkState;
  params: Record<string, unknown>; summary: Record<string, unknown> | null;
  /** How many occurrences, and how many of them the user keeps selected. */
  occurrences: number; selected: number;
};
export type BulkOccurrence = { ordinal: number; documentId: number; detail: Record<string, unknown>; selected: boolean; outcome: string | null };

// --- Archives (issue 14, archflow): whole editions read, paired and made into documents. ---
export type ArchiveEdition = "en" | "ar";
export type ArchiveRecord = {
  id: number; name: string; jobId: number | null; windowDays: number; threshold: number;
  createdBy: string; createdAt: string; pairedAt: string | null;
};
/** One stored article of an edition, as the reader gave it. */
export type StoredArchiveArticle = { id: string; date: string; title: string; url: string | null; paragraphs: string[] };
/** A file of an archive that could not be read: its code (an `import.archive.<code>` locale key) and params. */
export type StoredArchiveFileError = { name: string; code: string; params: Record<string, string | number> };
export type ArchivePairStatus = "proposed" | "confirmed" | "rejected";
/** A pair the pairing proposes; "confirmed" when it scored at least the job's confirmAbove. */
export type NewArchivePair = { en: string; ar: string; score: number; evidence: unknown; status: "proposed" | "confirmed" };
/** A candidate pair scored by the archive job's pair stage, by article ids (migration 19). */
export type ScoredArchiveCandidate = { en: string; ar: string; score: number; evidence: unknown };
/** A confirmed pair that has no document yet. */
export type WaitingArchivePair = { id: number; en: string; ar: string; score: number; decidedBy: string | null };
export type ArchiveCounts = {
  articles: { en: number; ar: number };
  fileErrors: { en: number; ar: number };
  pairs: { proposed: number; confirmed: number; rejected: number };
  /** Confirmed pairs that became documents. */
  documents: number;
};

/** Jobs (issue 14): heavy work that outlives a request and a process (store/jobs-repository.ts). */
export type JobState = "queued" | "running" | "done" | "failed" | "cancelled";
/** A job's coded error: a locale key (or a code under jobs.errors.) and its parameters. */
export type JobError = { code: string; params: Record<string, string | number> };
export type JobRecord = {
  id: number; kind: string; state: JobState;
  /** The stage (a word: "read", "pair" …) and how far it is: done of total. */
  stage: string; done: number; total: number;
  /** When the stage began and how much was done then (rate = (done − stageDoneAtStart) / seconds since stageStartedAt). */
  stageStartedAt: string | null; stageDoneAtStart: number;
  params: unknown; result: unknown; error: JobError | null;
  cancelRequested: boolean; createdBy: string; createdAt: string; startedAt: string | null;
  updatedAt: string; finishedAt: string | null;
  /** Which process runs it, and when it last said so. */
  runner: string | null; heartbeatAt: string | null;
};
export type NewJob = { kind: string; params: unknown; createdBy: string; files?: { role: string; name: string; bytes: Uint8Array }[] };

/** A key's hits in its open rate-limit window, and when that window ends (milliseconds since 1970). */
export type RateLimitCount = { hits: number; resetAt: number };

/**
 * Every change that writes rows anew (alignment operations, paragraph splits and joins, undo and
 * redo) or changes a paragraph's text takes an optional `scorer`: the rows changed are then scored
 * again inside the same transaction (store/bead-scores.ts). The services always pass one.
 */
export interface Store extends ArchiveReviewStore {
  /** Where the data lives (a database file path), so a worker thread or process can open it too. */
  readonly location: string;
  /** Runs `fn` in one transaction: everything it writes through this store lands, or nothing. */
  atomically<T>(fn: () => T): T;
  /** Creates a document with its paragraphs and beads, and a history entry, all or nothing. */
  createDocument(doc: NewDocument, user: string): number;
  /** The live documents (deleted ones are never listed, counted, read, exported or checked). */
  listDocuments(): DocumentSummary[];
  /** One page of the corpus table, filtered and ordered in SQL, counts read for that page only, with the total. */
  listCorpusPage(listing: CorpusListing): CorpusListingPage;
  /** Live documents; with `includeDeleted`, those waiting to be purged too. */
  countDocuments(options?: { includeDeleted?: boolean }): number;
  /** Changes whenever a live document is added, deleted or restored, by any instance (store/corpus-stamp-repository.ts). */
  corpusStamp(): string;
  getDocument(id: number): DocumentRecord | null;
  /** New titles for both editions when `version` is current (else ConflictError); audited. */
  renameDocument(id: number, titles: { title: string; titleAr: string }, version: number, user: string): DocumentRecord;
  /** Deletes a live document, recoverably: marked deleted at `at` by `user`; audited. */
  deleteDocument(id: number, user: string, at: string): void;
  /** Brings a deleted document back; audited. NotFoundError when it is not deleted. */
  restoreDocument(id: number, user: string): void;
  getDeletedDocument(id: number): DeletedDocument | null;
  /** Deleted documents, the most recently deleted first. */
  listDeletedDocuments(): DeletedDocument[];
  /** Removes for good at most `limit` documents deleted before `cutoff` (ISO), oldest first; their ids. */
  purgeDeletedDocuments(cutoff: string, limit: number): number[];
  getParagraphs(documentId: number, side: Side): ParagraphRecord[];
  /** The document's beads in order; `signals: false` skips reading the aligner's signals. */
  getBeads(documentId: number, options?: { signals?: boolean }): BeadRecord[];
  /** The signals of a few beads, by id (ids not in the document are left out). */
  getBeadSignals(documentId: number, beadIds: readonly number[]): Map<number, BeadSignals>;
  /** Every paragraph's version by id, without the texts. */
  getParagraphVersions(documentId: number): Map<number, number>;
  listGlossary(): GlossaryEntry[];
  /**
   * Adds entries, updating kind and note of existing (ar, en) pairs; returns how many were new.
   * Any glossary change marks every document's findings stale (the checks read the glossary).
   */
  upsertGlossary(entries: GlossaryEntry[]): number;
  /** Replaces the entry (ar, en) in place (variants of a changed approved spelling follow); false when there was none. */
  replaceGlossaryEntry(ar: string, en: string, entry: GlossaryEntry): boolean;
  removeGlossaryEntry(ar: string, en: string): boolean;
  getHistory(documentId: number): HistoryEntry[];
  /** A page of a document's history, newest first: at most `limit` entries with ids below `before`. */
  getHistoryPage(documentId: number, options: { before?: number; limit: number }): HistoryEntry[];
  getHistoryEntry(documentId: number, id: number): HistoryEntry | null;
  /**
   * Applies one alignment operation in a transaction: `compute` gets the current beads and returns
   * the new list; `expected` beads must still have the versions the user saw.
   */
  applyAlignment(documentId: number, compute: (current: BeadRecord[]) => BeadInput[], user: string, action: string, expected: BeadRef[], groupId?: number | null, scorer?: BeadScorer): number;
  /**
   * A local alignment operation on the rows at [from, from + count): `compute` gets those rows
   * (paragraph positions as in the document) and returns their replacement; the other rows are
   * neither read nor rewritten. Returns the history entry id.
   */
  spliceRows(
    documentId: number, from: number, count: number,
    compute: (window: { id: number; version: number; status: BeadStatus; score: number; en: number[]; ar: number[] }[]) => { en: number[]; ar: number[]; status: BeadStatus; score: number; signals: BeadSignals }[],
    user: string, action: string, expected: BeadRef[], scorer?: BeadScorer,
  ): number;
  /** The position (0-based) of a row in its document, or null. */
  beadPosition(documentId: number, beadId: number): number | null;
  /** The row at a position (0-based) of a document: its id and version, or null. */
  beadAt(documentId: number, position: number): BeadRef | null;
  /** Confirms, unconfirms or rejects one row (version must be current); its position and history entry (null: no change). */
  setBeadStatus(documentId: number, beadId: number, version: number, status: BeadStatus, user: string, action: string): { position: number; history: number | null };
  /** Replaces a paragraph's text when baseVersion is current (else ConflictError); `groupId`: the bulk change it is part of. */
  editParagraph(paragraphId: number, baseVersion: number, text: string, user: string, action?: string, groupId?: number | null, scorer?: BeadScorer): { version: number; documentId: number };
  splitParagraph(paragraphId: number, baseVersion: number, offset: number, user: string, scorer?: BeadScorer): { newParagraphId: number };
  joinParagraphWithNext(paragraphId: number, baseVersion: number, user: string, scorer?: BeadScorer): void;
  /** The change undo (or redo) would act on next, without acting. */
  nextToTravel(documentId: number, direction: "undo" | "redo"): HistoryEntry | null;
  /**
   * Undoes the latest change still in effect (or redoes the one undone last), in one transaction;
   * `guard` sees the entry first and may refuse it by throwing. The entry moved, or null.
   */
  travel(documentId: number, direction: "undo" | "redo", user: string, guard?: (entry: HistoryEntry) => void, scorer?: BeadScorer): (HistoryEntry & { group: { changes: number; documents: number[] } | null }) | null;
  getParagraph(paragraphId: number): (ParagraphRecord & { documentId: number }) | null;
  setDocumentStatus(documentId: number, status: DocumentStatus, user: string): void;
  /** Records an event that changes no document data (login failure, export …) in the audit log. */
  audit(entry: { documentId: number | null; user: string; action: string; target?: string; details?: unknown }): void;
  listAudit(filter: AuditFilter): HistoryEntry[];
  /** What a page of history entries points at, as it is now. */
  historyRefs(ids: { beads: readonly number[]; paragraphs: readonly number[]; groups: readonly number[]; documents: readonly number[] }): HistoryRefs;
  /** Every document's id and titles, by title. */
  listDocumentTitles(): { id: number; title: string; titleAr: string }[];


  createUser(name: string, passwordHash: string, role: UserRole): UserRecord;
  findUser(name: string): (UserRecord & { passwordHash: string }) | null;
  listUsers(): UserRecord[];
  updateUser(name: string, changes: { passwordHash?: string; role?: UserRole; disabled?: boolean }): boolean;
  removeUser(name: string): boolean;
  countUsers(): number;
  createSession(id: string, userId: number, expiresAt: string): void;
  /** The user of a live session, or null (expired sessions are removed). */
  sessionUser(id: string): UserRecord | null;
  deleteSession(id: string): void;
  /** What a user chose for the interface (the defaults for one who never chose). */
  userPreferences(userId: number): UserPreferences;
  setUserDensity(userId: number, density: Density): void;
  /** A setting of this installation, created with `create()` the first time it is asked for. */
  setting(key: string, create: () => string): string;
  /**
   * Rate limits counted in the database (store/rate-limits-repository.ts), shared by every app
   * instance on it: a hit counted for `key` in its open window (or the first of a new one of
   * `windowMs`), a hit taken back, the count of the open window (null for none), and a reset.
   */
  hitRateLimit(key: string, windowMs: number, now: number): RateLimitCount;
  unhitRateLimit(key: string, now: number): void;
  readRateLimit(key: string, now: number): RateLimitCount | null;
  resetRateLimit(key: string): void;

  /** Findings: replaced wholesale per document version; read with their paragraph; counted. */
  /**
   * False (nothing written) when the document is no longer at `version`, or when its findings were
   * marked stale again since they read `seenFindingsVersion` (when given).
   */
  replaceFindings(documentId: number, findings: FindingInput[], version: number, seenFindingsVersion?: number): boolean;
  listFindings(filter: FindingsFilter): FindingRecord[];
  getFinding(id: number): FindingRecord | null;
  countFindings(documentId?: number): { checkId: string; severity: string; count: number }[];
  /** The document version the stored findings were computed at. */
  findingsVersion(documentId: number): number;
  /** Changes whenever the document's stored findings do (for page caches). */
  findingsStamp(documentId: number): number;
  /** Documents whose findings are stale (computed at another version, or never): id and current version. */
  staleFindings(limit: number): { id: number; version: number }[];
  /** Records a dismissal ("ignore this finding") in the history; it lasts until the text changes. */
  dismissFinding(documentId: number, dismissal: DismissalInput, user: string): void;
  listDismissals(documentId: number): DismissalRecord[];
  /** The findings grid: a page, its count, the text around the shown rows (one query), and what became of a fixed or dismissed finding. */
  listGridFindings(query: GridQuery): GridRow[];
  countGridFindings(query: Omit<GridQuery, "sort" | "limit" | "offset">): number;
  readGridContext(findings: readonly { paragraphId: number | null; start: number; end: number; beadId: number | null }[]): GridContextParagraph[];
  recordFindingOutcome(finding: FindingRecord, outcome: "fixed" | "dismissed", user: string): void;
  listGridDocuments(limit?: number): { id: number; title: string; titleAr: string }[];
  /** Every dismissal of the corpus, newest first, a page at a time, and how many there are. */
  listAllDismissals(page: { offset: number; limit: number }): { total: number; dismissals: DismissalListing[] };
  /** Deletes the dismissals; their documents' findings become stale (the findings come back). The ones restored. */
  restoreDismissals(ids: readonly number[]): DismissalListing[];
  /** Ignore rules ("ignore all like this"); adding or removing one makes every document's findings stale. */
  listIgnoreRules(): IgnoreRuleRecord[];
  /** Null when the check already has a rule for this text. */
  addIgnoreRule(rule: { checkId: string; text: string }, user: string): IgnoreRuleRecord | null;
  removeIgnoreRules(ids: readonly number[]): IgnoreRuleRecord[];
  /** The outlet's accepted words and names; every change makes every document's findings stale. */
  listAcceptedWords(): AcceptedWordRecord[];
  getAcceptedWord(id: number): AcceptedWordRecord | null;
  /** How many were new (the same word and language again updates the entry). */
  upsertAcceptedWords(words: readonly AcceptedWord[], user: string): number;
  /** False when there is no such entry or another has that word and language. */
  replaceAcceptedWord(id: number, word: AcceptedWord, user: string): boolean;
  removeAcceptedWord(id: number): AcceptedWordRecord | null;
  /** Changes whenever the ignore rules or the accepted words do. */
  ignoreListsStamp(): string;

  /** Bulk changes: stored as a preview, filled in by a worker when heavy, applied or cancelled once. */
  createBulkChange(input: BulkChangeInput): number;
  fillBulkChange(id: number, occurrences: NonNullable<BulkChangeInput["occurrences"]>, params?: Record<string, unknown>): boolean;
  getBulkChange(id: number): BulkChangeRecord | null;
  listBulkOccurrences(id: number, page?: { offset?: number; limit?: number }): BulkOccurrence[];
  selectBulkOccurrences(id: number, shown: readonly number[], picked: readonly number[]): void;
  /** False (nothing written) when the change was no longer waiting for this. */
  settleBulkChange(id: number, state: Exclude<BulkState, "computing" | "ready">, outcomes: readonly { ordinal: number; outcome: string }[], summary: Record<string, unknown>): boolean;

  /** Imports between their preview and "Save" (services/import-preview.ts); expired ones go lazily. */
  createPendingImport(input: PendingImportInput): void;
  getPendingImport(id: string): PendingImportRecord | null;
  /** Marks a pending import saved as `documentId`; false when it was saved already. */
  settlePendingImport(id: string, documentId: number): boolean;

  /** The document a row (bead) belongs to, or null. */
  beadDocument(beadId: number): number | null;
  /** Sentence links inside rows: a row's texts (null: no such row in the document) … */
  getRowTexts(documentId: number, beadId: number): RowTexts | null;
  /** … what the reviewer stored for a row, by its key, with its version (null: nothing) … */
  getStoredSentenceLinks(documentId: number, key: string): (StoredSentenceLinks & { version: number }) | null;
  /** … what is stored for every row of a document that has links, by bead id (fingerprints unchecked) … */
  getStoredSentenceLinksByBead(documentId: number): Map<number, StoredSentenceLinks>;
  /**
   * … and one change of them with its history entry ("sentence-links"): the row's texts must
   * still have `expected.fingerprint` and its stored links `expected.version` (0: none), else
   * ConflictError. Returns the history entry and the new version.
   */
  changeSentenceLinks(
    documentId: number, beadId: number, expected: { version: number; fingerprint: string },
    compute: (row: RowTexts, stored: StoredSentenceLinks | null) => Omit<StoredSentenceLinks, "fingerprint">, user: string, action: string,
  ): { history: number; version: number };

  // --- Archives (issue 14, archflow: store/archive-repository.ts). ---
  /** A new archive (no articles yet); audited as "archive-create". */
  createArchive(input: { name: string; windowDays: number; threshold: number; createdBy: string }): number;
  getArchive(id: number): ArchiveRecord | null;
  setArchiveJob(archiveId: number, jobId: number): void;
  /**
   * One batch of an edition's articles (INSERT OR IGNORE: an id already stored keeps its first
   * copy), `seq` counting from `firstSeq` in file order, and unreadable files; answers how many
   * articles were new. Runs inside the caller's transaction when there is one.
   */
  storeArchiveBatch(archiveId: number, edition: ArchiveEdition, firstSeq: number, articles: readonly StoredArchiveArticle[], errors: readonly StoredArchiveFileError[]): number;
  /** An edition's articles in file order, in one query (for pairing). */
  readArchiveArticles(archiveId: number, edition: ArchiveEdition): StoredArchiveArticle[];
  readArchiveArticle(archiveId: number, edition: ArchiveEdition, articleId: string): StoredArchiveArticle | null;
  /**
   * Replaces the archive's earlier proposed pairs (status and origin "proposed", no document) by
   * `pairs`, leaving confirmed, rejected and manual ones alone: a pair whose article is already in
   * a live pair, or that a reviewer rejected, is skipped. Sets paired_at. Answers what was written.
   */
  replaceProposedPairs(archiveId: number, pairs: readonly NewArchivePair[], decidedBy: string, at: string): { proposed: number; confirmed: number };
  /** Stores a pass's scored candidates (one row per pass and pair: a repeated batch adds nothing). Runs inside the caller's transaction when there is one. */
  storeArchiveCandidates(archiveId: number, pass: 1 | 2, candidates: readonly ScoredArchiveCandidate[]): void;
  /** A pass's stored candidates. */
  readArchiveCandidates(archiveId: number, pass: 1 | 2): ScoredArchiveCandidate[];
  /** Drops every stored candidate of the archive (after the assignment, or before pairing again). */
  dropArchiveCandidates(archiveId: number): void;
  /** Confirmed pairs without a document, oldest first. */
  listWaitingPairs(archiveId: number, limit: number): WaitingArchivePair[];
  /** Marks the document a confirmed pair became; false (nothing written) when it has one already. */
  markPairDocument(pairId: number, documentId: number): boolean;
  /**
   * Documents the archive's pairs became (not deleted) whose findings are not of their current version (a process
   * killed between a document's transaction and its findings leaves one so), oldest pair first.
   */
  listUncheckedArchiveDocuments(archiveId: number, limit: number): number[];
  archiveCounts(archiveId: number): ArchiveCounts;
  /**
   * The latest archive job whose params carry this `inputHash` and that is queued, running or
   * done (the command line resumes it, or reports it done); failed and cancelled ones are passed over.
   */
  findArchiveJob(inputHash: string): { id: number; state: JobState } | null;
  /** A queued or running "archive" or "archive-documents" job of this archive (the latest), or null. */
  findActiveArchiveJob(archiveId: number): number | null;

  /** Jobs (store/jobs-repository.ts): each write is its own short transaction, or part of the caller's `atomically`. */
  createJob(job: NewJob): number;
  getJob(id: number): JobRecord | null;
  /** Newest first: at most `limit` jobs with ids below `before`. */
  listJobs(page: { limit: number; before?: number }): JobRecord[];
  /**
   * Takes the next job for `runner` (state running, heartbeat now): first a running one whose runner
   * has not been heard of since `staleBefore` (ISO; its process died), then the oldest queued one. Null: none.
   */
  claimNextJob(runner: string, now: string, staleBefore?: string): JobRecord | null;
  /** Takes that one job for `runner` (queued, abandoned or already its own); null when it has ended or a live runner has it. */
  claimJob(id: number, runner: string, now: string, staleBefore?: string): JobRecord | null;
  /** A closing runner lets go of its running job, so the next one resumes it at once. */
  releaseJob(id: number, runner: string): void;
  /** The job's progress in its stage (a new stage starts its rate anew). Callable inside `atomically`. */
  setJobProgress(id: number, stage: string, done: number, total: number): void;
  /** The runner is still at it (heartbeat; only the runner that has the job). */
  touchJob(id: number, runner: string): void;
  /** Ends a job (done with its result, failed with its error, cancelled); false when it had ended already. */
  finishJob(id: number, state: "done" | "failed" | "cancelled", outcome?: unknown): boolean;
  /** Asks a job to stop: a queued one is cancelled at once, a running one at its next step. False when it had ended. */
  requestJobCancel(id: number): boolean;
  jobFile(id: number, role: string): { name: string; bytes: Uint8Array } | null;
  dropJobFiles(id: number): void;

  /** Streams the pairs of the corpus in document and bead order; never loads the corpus whole. */
  iteratePairs(filter: PairFilter): IterableIterator<CorpusPair>;
  close(): void;
}

// ---- the pairing review of an archive (issue 14; store/archive-review-repository.ts) ----------

/** An archive with how many articles each edition has and how many pairs stand in each state. */
export type ArchiveSummary = {
  id: number; name: string; createdBy: string; createdAt: string; pairedAt: string | null; jobId: number | null; windowDays: number;
  articles: { en: number; ar: number }; errors: number;
  pairs: { proposed: number; confirmed: number; rejected: number; manual: number };
};
/** One article as the review pages show it: its id in the archive, date and title. */
export type ArchiveArticleHead = { id: string; date: string; title: string };
/** A pair with both articles' heads and its evidence (JSON as the pairing wrote it). */
export type ArchivePairRow = {
  id: number; archiveId: number; score: number; evidence: unknown; origin: "proposed" | "manual"; status: ArchivePairStatus;
  decidedBy: string | null; decidedAt: string | null; documentId: number | null; version: number;
  en: ArchiveArticleHead; ar: ArchiveArticleHead;
};
/** Which pairs a page lists: one status, the pairs made by hand, or all. */
export type ArchivePairFilter = ArchivePairStatus | "manual" | "all";
/** Where a page of pairs by score starts: after this pair (keyset: score descending, then id). */
export type ArchivePairCursor = { score: number; id: number };
/** Where a page of articles by date starts: after this article (keyset: date, then id). */
export type ArchiveArticleCursor = { date: string; id: string };
/** An article of the other edition offered for a re-pair, with the pair it is in now (if any). */
export type ArchiveCandidate = ArchiveArticleHead & { livePair: { id: number; status: ArchivePairStatus; with: string } | null };

/** A decision's pair as it is now, and the documents it deleted (a rejected pair's document goes with it). */
export type ArchiveDecision = ArchivePairRow & { deletedDocuments: number[] };
/** A file of an archive that could not be read, with its edition. */
export type ArchiveFileErrorRow = StoredArchiveFileError & { edition: ArchiveEdition };
/** Where a page of file errors starts: after this file (English first, then by name). */
export type ArchiveFileErrorCursor = { edition: ArchiveEdition; name: string };

export interface ArchiveReviewStore {
  listArchives(): ArchiveSummary[];
  getArchiveSummary(id: number): ArchiveSummary | null;
  /** A page of pairs by score, best first: at most `limit`, after `after`; `more` when another page follows. */
  listArchivePairs(archiveId: number, filter: ArchivePairFilter, after: ArchivePairCursor | null, limit: number): { pairs: ArchivePairRow[]; more: boolean };
  getArchivePair(archiveId: number, pairId: number): ArchivePairRow | null;
  /** The live (not rejected) pair an article is in, or null. */
  liveArchivePair(archiveId: number, edition: ArchiveEdition, articleId: string): ArchivePairRow | null;
  getArchiveArticle(archiveId: number, edition: ArchiveEdition, articleId: string): ArchiveArticleHead | null;
  /** A page of one edition's articles in no live pair, by date. */
  listUnpairedArticles(archiveId: number, edition: ArchiveEdition, after: ArchiveArticleCursor | null, limit: number): { articles: ArchiveArticleHead[]; more: boolean; total: number };
  /**
   * Articles of `edition` whose titles hold every word of `words` (folded as mizan_fold folds:
   * case, Arabic letter variants, diacritics), dated within [from, to] (days, inclusive) when
   * given, else outside it; by date nearest `around` first.
   */
  searchArchiveArticles(archiveId: number, edition: ArchiveEdition, words: readonly string[], window: { from: string; to: string; around: string } | null, inside: boolean, limit: number): ArchiveCandidate[];
  /**
   * Confirms or rejects a pair seen at `version` (else ConflictError); audited. A rejected pair's
   * document is deleted (recoverably, audited) and unlinked in the same transaction.
   */
  decideArchivePair(archiveId: number, pairId: number, version: number, status: "confirmed" | "rejected", user: string, at: string): ArchiveDecision;
  /** The same for many pairs in one transaction; pairs changed since they were seen are left as they are and counted. */
  decideArchivePairs(archiveId: number, seen: readonly { id: number; version: number }[], status: "confirmed" | "rejected", user: string, at: string): { decided: number; stale: number; deletedDocuments: number[] };
  /**
   * Pairs an English and an Arabic article by hand: the live pairs of both are rejected and a
   * confirmed manual pair made, in one transaction; audited (the rejected pairs' documents deleted
   * as by a rejection). Returns the new pair.
   */
  repairArchiveArticles(archiveId: number, en: string, ar: string, user: string, at: string): ArchiveDecision;
  /** A page of the archive's files that could not be read (English first, then by name). */
  listArchiveFileErrors(archiveId: number, after: ArchiveFileErrorCursor | null, limit: number): { errors: ArchiveFileErrorRow[]; more: boolean };
}
