/**
 * The pairing review of an archive (issue 14, item 4), for the pages of routes/archives.ts: the
 * archives with their counts, pairs by score with their evidence said in words, each edition's
 * unpaired articles, the search of the other edition for a re-pair, and the decisions (confirm,
 * reject, many at once, pair by hand). Who may import documents may decide (checked here too: the
 * command line may call these). After a decision that leaves confirmed pairs without documents,
 * an "archive-documents" job is queued for the archive (startArchiveDocuments) to make them.
 * A rejection (or re-pair) of a pair that had become a document deletes that document recoverably
 * in the same transaction (the store's decision): the outcome names the documents so the page says so;
 * a locked document is not deleted so but by who may change locked documents (403 "locked").
 * An archive's page also says how its job stands while it runs (the pairs appear when its pairing
 * ends) and lists the files that could not be read, each with its reason in the reader's language.
 */
import { can } from "../domain/auth/permissions.js";
import { dayNumber } from "../domain/archive/articles.js";
import { normaliseArabic } from "../domain/segment/normalise-arabic.js";
import type {
  ArchiveArticleCursor, ArchiveArticleHead, ArchiveCandidate, ArchiveDecision, ArchiveEdition, ArchiveFileErrorCursor, ArchiveFileErrorRow, ArchivePairCursor,
  ArchivePairFilter, ArchivePairRow, ArchiveSummary, Store,
} from "../store/types.js";
import { NotFoundError } from "../store/conflict-error.js";
import { BadRequestError, ForbiddenError } from "./errors.js";
import type { Actor } from "./review.js";
import { rememberingTranslator } from "./history-words.js";
import { startArchiveDocuments } from "./archive-start.js";
import { jobErrorText, jobProgressOf, kindLabel } from "./jobs-view.js";

type Translate = (key: string, params?: Record<string, unknown>) => string;

export const PAIRS_PAGE = 50;
/** Files that could not be read shown on the archive's own page; the rest on its errors page, this many a page. */
export const FILE_ERRORS_ON_ARCHIVE = 10;
export const FILE_ERRORS_PAGE = 100;
export const UNPAIRED_PAGE = 50;
/** Candidates shown for a re-pair: this many dated within the window, and this many outside it. */
export const CANDIDATES = 20;
/** A search is at most this many words of at most this many characters. */
const MAX_WORDS = 8;
const MAX_WORD = 100;
/** Pairs decided in one bulk request at most (one page's worth, with room). */
const MAX_BULK = 200;

export const PAIR_FILTERS: readonly ArchivePairFilter[] = ["all", "proposed", "confirmed", "rejected", "manual"];

export function archiveOrThrow(store: Store, id: number): ArchiveSummary {
  const archive = Number.isSafeInteger(id) ? store.getArchiveSummary(id) : null;
  if (!archive) throw new NotFoundError(`archive:${id}`);
  return archive;
}

export function parseEdition(value: unknown): ArchiveEdition {
  if (value === "en" || value === "ar") return value;
  throw new BadRequestError("bad-edition");
}

export function parseFilter(value: unknown): ArchivePairFilter {
  return PAIR_FILTERS.includes(value as ArchivePairFilter) ? (value as ArchivePairFilter) : "all";
}

/** "0.8125_42" → the pair cursor (null when absent or malformed: the first page). */
export function parsePairCursor(value: unknown): ArchivePairCursor | null {
  const m = typeof value === "string" ? /^(-?\d{1,6}(?:\.\d{1,20})?(?:e-?\d{1,3})?)_(\d{1,15})$/u.exec(value) : null;
  return m ? { score: Number(m[1]), id: Number(m[2]) } : null;
}

/** "2024-03-01_en-17" → the article cursor (the date has no "_"; the id may). */
export function parseArticleCursor(value: unknown): ArchiveArticleCursor | null {
  if (typeof value !== "string" || value.length > 600) return null;
  const at = value.indexOf("_");
  return at <= 0 ? null : { date: value.slice(0, at), id: value.slice(at + 1) };
}

/** The evidence of a pair, in words of the reader's language (each a line; imported names stay text). */
export function evidenceInWords(pair: ArchivePairRow, t: Translate): string[] {
  if (pair.origin === "manual") return [t("archiveReview.evidence.manual", { user: pair.decidedBy ?? "" })];
  const evidence = (pair.evidence ?? {}) as Record<string, unknown>;
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === "string" && x !== "").slice(0, 12) : []);
  const lines: string[] = [];
  const names = list(evidence.names);
  const numbers = list(evidence.numbers);
  if (names.length) lines.push(t("archiveReview.evidence.names", { list: names.join(t("archiveReview.evidence.separator")) }));
  if (numbers.length) lines.push(t("archiveReview.evidence.numbers", { list: numbers.join(t("archiveReview.evidence.separator")) }));
  if (typeof evidence.words === "number") lines.push(t("archiveReview.evidence.words", { count: evidence.words }));
  if (typeof evidence.coverageEn === "number" && typeof evidence.coverageAr === "number") {
    lines.push(t("archiveReview.evidence.coverage", { en: Math.round(evidence.coverageEn * 100), ar: Math.round(evidence.coverageAr * 100) }));
  }
  if (lines.length === 0) lines.push(t("archiveReview.evidence.none"));
  return lines;
}

export type PairView = ArchivePairRow & { scoreText: string; evidenceWords: string[] };

/** How the archive's latest job stands, in words, for the archive's page (linked for who may see jobs). */
export type ArchiveJobState = {
  id: number; live: boolean; failed: boolean; line: string; stageLine: string; percent: number | null; href: string | null; errorText: string | null;
};

/** A file that could not be read, its reason in the reader's language. */
export type FileErrorView = ArchiveFileErrorRow & { reason: string };

export type PairsPage = {
  archive: ArchiveSummary; filter: ArchivePairFilter; pairs: PairView[]; next: string | null; mayDecide: boolean;
  job: ArchiveJobState | null; fileErrors: FileErrorView[]; moreFileErrors: boolean;
};

/** The latest job of the archive (a documents job queued or running, else its import job), in words. */
export function archiveJobState(store: Store, archive: ArchiveSummary, actor: Actor, t: Translate, now: Date = new Date()): ArchiveJobState | null {
  const id = store.findActiveArchiveJob(archive.id) ?? archive.jobId;
  const job = id === null ? null : store.getJob(id);
  if (!job) return null;
  const progress = jobProgressOf(job, t, now);
  return {
    id: job.id, live: progress.live, failed: job.state === "failed", percent: progress.percent,
    line: t("archiveReview.show.job.line", { kind: kindLabel(t, job.kind), id: job.id, state: progress.stateLabel }),
    stageLine: progress.live ? t("archiveReview.show.job.stage", { stage: progress.stageLabel, progress: progress.progressText || "…" }) : "",
    href: can(actor.role, "see-jobs") ? `/jobs/${job.id}` : null,
    errorText: job.state === "failed" ? jobErrorText(t, job.error) : null,
  };
}

/** A file error's reason: its code's `import.archive.<code>` sentence with its params, else the code said plainly. */
export function fileErrorReason(error: ArchiveFileErrorRow, t: Translate): string {
  if (/^[a-z][a-z0-9-]{0,60}$/u.test(error.code)) {
    const key = `import.archive.${error.code}`;
    const text = t(key, { name: error.name, ...error.params });
    if (text !== key) return text;
  }
  return t("archiveReview.show.fileErrors.unknown", { code: error.code });
}

/** A stand-in for the file's name while a reason is remembered: reasons repeat from file to file, names do not. */
const NAME = "\u0000name\u0000";

/** The reasons of a page of files, each code and params said once (i18next takes a fraction of a millisecond a sentence). */
function withReason(errors: ArchiveFileErrorRow[], t: Translate): FileErrorView[] {
  const said = new Map<string, string>();
  return errors.map((e) => {
    const key = `${e.code}\u0000${JSON.stringify(e.params)}`;
    let reason = said.get(key);
    if (reason === undefined) said.set(key, (reason = fileErrorReason({ ...e, name: NAME }, t)));
    return { ...e, reason: reason.split(NAME).join(e.name) };
  });
}

/** `lang` is t's language: the evidence's phrases repeat from pair to pair, and are remembered by it (history-words.ts). */
export function archivePairsPage(
  store: Store, archiveId: number, query: { filter: ArchivePairFilter; after: ArchivePairCursor | null }, actor: Actor, translate: Translate, lang: string,
): PairsPage {
  const t = rememberingTranslator(translate, lang);
  const archive = archiveOrThrow(store, archiveId);
  const { pairs, more } = store.listArchivePairs(archive.id, query.filter, query.after, PAIRS_PAGE);
  const last = pairs[pairs.length - 1];
  const files = archive.errors > 0 ? store.listArchiveFileErrors(archive.id, null, FILE_ERRORS_ON_ARCHIVE) : { errors: [], more: false };
  return {
    archive, filter: query.filter, mayDecide: can(actor.role, "import"),
    pairs: pairs.map((p) => ({ ...p, scoreText: p.score.toFixed(2), evidenceWords: evidenceInWords(p, t) })),
    next: more && last ? `${String(last.score)}_${last.id}` : null,
    job: archiveJobState(store, archive, actor, translate),
    fileErrors: withReason(files.errors, translate), moreFileErrors: files.more,
  };
}

/** "en_name" → the file error cursor (the edition has no "_"; the name may). */
export function parseFileErrorCursor(value: unknown): ArchiveFileErrorCursor | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  const m = /^(en|ar)_(.+)$/su.exec(value);
  return m ? { edition: m[1] as ArchiveEdition, name: m[2] ?? "" } : null;
}

export type FileErrorsPage = { archive: ArchiveSummary; errors: FileErrorView[]; next: string | null };

/** The archive's files that could not be read, FILE_ERRORS_PAGE at a time (everyone who may read the archive). */
export function fileErrorsPage(store: Store, archiveId: number, after: ArchiveFileErrorCursor | null, t: Translate): FileErrorsPage {
  const archive = archiveOrThrow(store, archiveId);
  const { errors, more } = store.listArchiveFileErrors(archive.id, after, FILE_ERRORS_PAGE);
  const last = errors[errors.length - 1];
  return { archive, errors: withReason(errors, t), next: more && last ? `${last.edition}_${last.name}` : null };
}

export type UnpairedPage = { archive: ArchiveSummary; edition: ArchiveEdition; articles: ArchiveArticleHead[]; total: number; next: string | null; mayDecide: boolean };

export function unpairedPage(store: Store, archiveId: number, edition: ArchiveEdition, after: ArchiveArticleCursor | null, actor: Actor): UnpairedPage {
  const archive = archiveOrThrow(store, archiveId);
  const { articles, more, total } = store.listUnpairedArticles(archive.id, edition, after, UNPAIRED_PAGE);
  const last = articles[articles.length - 1];
  return { archive, edition, articles, total, next: more && last ? `${last.date}_${last.id}` : null, mayDecide: can(actor.role, "import") };
}

/** A search as typed, folded for matching as mizan_fold folds titles: at most MAX_WORDS words. */
export function searchWords(query: string): string[] {
  return normaliseArabic(query).toLowerCase().split(/[\s\p{P}]+/u).filter((w) => w !== "").slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD));
}

const isoDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export type RepairView = {
  archive: ArchiveSummary; edition: ArchiveEdition; other: ArchiveEdition; article: ArchiveArticleHead; livePair: ArchivePairRow | null;
  query: string; near: ArchiveCandidate[]; elsewhere: ArchiveCandidate[]; window: { from: string; to: string } | null;
};

/** The re-pair page: the article, the pair it is in now, and the other edition's articles whose titles hold the words searched, near its date first. */
export function repairView(store: Store, archiveId: number, edition: ArchiveEdition, articleId: string, query: string, actor: Actor): RepairView {
  if (!can(actor.role, "import")) throw new ForbiddenError("role");
  const archive = archiveOrThrow(store, archiveId);
  const article = store.getArchiveArticle(archive.id, edition, articleId);
  if (!article) throw new NotFoundError(`archive-article:${edition}:${articleId}`);
  const other: ArchiveEdition = edition === "en" ? "ar" : "en";
  const words = searchWords(query);
  const day = dayNumber(article.date);
  const window = day === null ? null : { from: isoDay(day - archive.windowDays), to: isoDay(day + archive.windowDays), around: isoDay(day) };
  const near = window ? store.searchArchiveArticles(archive.id, other, words, window, true, CANDIDATES) : [];
  // Beyond the window only when something was searched for: all dates, by nearness to the article's.
  const elsewhere = words.length > 0 || !window ? store.searchArchiveArticles(archive.id, other, words, window, false, CANDIDATES) : [];
  return {
    archive, edition, other, article, livePair: store.liveArchivePair(archive.id, edition, articleId), query: query.slice(0, MAX_WORDS * MAX_WORD),
    near, elsewhere, window: window ? { from: window.from, to: window.to } : null,
  };
}

function mayDecide(actor: Actor): void {
  if (!can(actor.role, "import")) throw new ForbiddenError("role");
}

/**
 * A rejection deletes the pair's document: a locked one is refused (403 "locked") to a role that
 * may not change locked documents, as deleting it outright would be.
 */
function mayRejectDocumentsOf(store: Store, pairs: readonly (ArchivePairRow | null)[], actor: Actor): void {
  if (can(actor.role, "edit-locked")) return;
  for (const pair of pairs) {
    const document = pair && pair.status !== "rejected" && pair.documentId !== null ? store.getDocument(pair.documentId) : null;
    if (document?.status === "locked") throw new ForbiddenError("locked");
  }
}


export type Decision = "confirm" | "reject";

export function parseDecision(value: unknown): Decision {
  if (value === "confirm" || value === "reject") return value;
  throw new BadRequestError("bad-decision");
}

function parseVersion(value: unknown): number {
  const version = typeof value === "string" && /^\d{1,12}$/u.test(value) ? Number(value) : typeof value === "number" ? value : Number.NaN;
  if (!Number.isInteger(version)) throw new BadRequestError("bad-version");
  return version;
}

const STATUS = { confirm: "confirmed", reject: "rejected" } as const;

/** Confirms or rejects one pair as seen at `version` (a stale one: 409); a confirm queues its document. */
export function decidePairAs(store: Store, archiveId: number, pairId: number, decision: Decision, version: unknown, actor: Actor, now: Date = new Date()): ArchiveDecision {
  mayDecide(actor);
  const archive = archiveOrThrow(store, archiveId);
  if (decision === "reject") mayRejectDocumentsOf(store, [store.getArchivePair(archive.id, pairId)], actor);
  const pair = store.decideArchivePair(archive.id, pairId, parseVersion(version), STATUS[decision], actor.name, now.toISOString());
  if (decision === "confirm" && pair.documentId === null) startArchiveDocuments(store, archive.id, actor.name);
  return pair;
}

/** Many pairs at once, each "id:version" as the page showed it; those changed since are left and counted. */
export function decidePairsAs(
  store: Store, archiveId: number, decision: Decision, picked: unknown, actor: Actor, now: Date = new Date(),
): { decided: number; stale: number; deletedDocuments: number[] } {
  mayDecide(actor);
  const archive = archiveOrThrow(store, archiveId);
  const values = (Array.isArray(picked) ? picked : picked === undefined ? [] : [picked]).slice(0, MAX_BULK);
  const seen = values.flatMap((v) => {
    const m = typeof v === "string" ? /^(\d{1,15}):(\d{1,12})$/u.exec(v) : null;
    return m ? [{ id: Number(m[1]), version: Number(m[2]) }] : [];
  });
  if (seen.length === 0) throw new BadRequestError("nothing-picked");
  if (decision === "reject") mayRejectDocumentsOf(store, seen.map((p) => store.getArchivePair(archive.id, p.id)), actor);
  const outcome = store.decideArchivePairs(archive.id, seen, STATUS[decision], actor.name, now.toISOString());
  if (decision === "confirm" && outcome.decided > 0) startArchiveDocuments(store, archive.id, actor.name);
  return outcome;
}

/** Pairs `articleId` of `edition` with `otherId` of the other edition by hand; queues its document. */
export function repairAs(store: Store, archiveId: number, edition: ArchiveEdition, articleId: unknown, otherId: unknown, actor: Actor, now: Date = new Date()): ArchiveDecision {
  mayDecide(actor);
  const archive = archiveOrThrow(store, archiveId);
  if (typeof articleId !== "string" || typeof otherId !== "string" || articleId === "" || otherId === "") throw new BadRequestError("bad-article");
  const [en, ar] = edition === "en" ? [articleId, otherId] : [otherId, articleId];
  const current = store.liveArchivePair(archive.id, "en", en);
  // The pairs a re-pair rejects (none when the two are paired already).
  if (!(current && current.ar.id === ar)) mayRejectDocumentsOf(store, [current, store.liveArchivePair(archive.id, "ar", ar)], actor);
  const pair = store.repairArchiveArticles(archive.id, en, ar, actor.name, now.toISOString());
  if (pair.documentId === null) startArchiveDocuments(store, archive.id, actor.name);
  return pair;
}
