/**
 * The archive job (issue 14): the `archive` job kind's three stages and the `archive-documents`
 * kind that runs only the last one. Each step is a bounded piece of work that commits its work
 * together with the job's progress (store.setJobProgress in the same transaction), so a process
 * killed between steps loses nothing and repeats nothing; running a step again continues from what
 * was committed.
 * - read: each edition's uploaded file (job_files role "en" / "ar") read by the archive reader,
 *   stored in batches in file order (progress = articles of both editions passed); at the end the
 *   files' errors are stored and the job files dropped, with the move to "pair", in one transaction.
 * - pair, then pair-wide: pairing (domain/archive/pair-archive.ts) over the stored articles with
 *   the aligner's lexicon (FreeDict + glossary), in steps of about PAIR_STEP_MS. The index over the
 *   whole archive is built once per worker thread and kept between steps (lastPairing). A "pair"
 *   step scores the next English articles of the first pass and stores their candidates
 *   (archive_candidates) with the progress (done = English articles scored); "pair-wide" does the
 *   same for the second pass (the articles the first assignment left unpaired, the wider window).
 *   The last step assigns 1-1 over all stored candidates (the same pairs as pairArchive), writes
 *   the pairs (those scoring at least `confirmAbove` confirmed for the job's user), drops the
 *   candidates and moves to "documents", in one transaction.
 * - documents: a few confirmed pairs without a document per step, each stored as a document
 *   (storeArticle, its titles, dates and URLs from the articles) whose transaction also marks the
 *   pair's document (never a duplicate), audits it and advances the progress; then its findings
 *   (a step first checks any document a kill left without findings of its version). On
 *   PostgreSQL's queue workers (jobs/queue-worker.ts) the same stage is a fan-out (`fanOut`):
 *   batches of DOCUMENTS_PER_STEP pairs that any process may take, each pair made once.
 */
import type { ScoredArchiveCandidate, ArchiveEdition, ArchiveRecord, JobRecord, NewArchivePair, Store, StoredArchiveArticle, WaitingArchivePair } from "../store/types.js";
import { CodedError } from "../domain/coded-error.js";
import {
  assignFirstPass, assignSecondPass, preparePairing, proposedPairs, scoreFirstPass, scoreSecondPass, secondPassScope,
  type PairEvidence, type PairingIndex, type PairingOptions, type SecondPassScope,
} from "../domain/archive/pair-archive.js";
import type { ScoredCandidate } from "../domain/archive/assign-pairs.js";
import { detectBoilerplate } from "../domain/segment/boilerplate.js";
import { ConflictError } from "../store/conflict-error.js";
import { readArchiveBytes, type ArchiveRead } from "../import/archive/read-archive.js";
import type { JobFanOut, JobKind, JobStepOutcome } from "../jobs/job-kinds.js";
import { lexiconFor } from "./align-resources.js";
import { storeArticle, type ReadArticle, type ReadEdition } from "./import-article.js";
import { refreshFindings } from "./document-checks.js";
import { runChecks } from "../domain/checks/run-checks.js";
import { checkResources } from "./check-resources.js";

/**
 * Params of an "archive" job; `inputHash` lets the command line find it again; `lexicon` false
 * leaves FreeDict out (tests, --no-lexicon); `pairBatch` caps the English articles one pair step
 * scores (default: as many as fit in PAIR_STEP_MS).
 */
export type ArchiveJobParams = { archiveId: number; confirmAbove: number | null; inputHash?: string; lexicon?: boolean; pairBatch?: number };
/** What a finished archive job answers (its `result`). */
export type ArchiveSummary = {
  archiveId: number;
  articles: { en: number; ar: number };
  unreadable: { en: number; ar: number };
  pairs: { proposed: number; confirmed: number };
  documents: number;
};

/** Articles stored per transaction, and how long one read step goes on storing batches. */
export const READ_BATCH = 200;
const READ_STEP_MS = 2000;
/** Documents made per step (each is aligned, stored and checked: well under a second for a news story). */
export const DOCUMENTS_PER_STEP = 4;
/** How long one pair step goes on scoring English articles before it commits and ends. */
const PAIR_STEP_MS = 2000;

function paramsOf(job: JobRecord): ArchiveJobParams {
  const p = (job.params ?? {}) as Partial<ArchiveJobParams>;
  if (typeof p.archiveId !== "number") throw new CodedError("archive-job-params", { job: job.id });
  return { archiveId: p.archiveId, confirmAbove: typeof p.confirmAbove === "number" ? p.confirmAbove : null, inputHash: p.inputHash, lexicon: p.lexicon !== false,
    ...(typeof p.pairBatch === "number" && p.pairBatch >= 1 ? { pairBatch: Math.floor(p.pairBatch) } : {}) };
}

/** Both editions as read, kept between the read steps of one job (a step reads on from where the last stopped). */
let lastRead: { location: string; jobId: number; en: ArchiveRead; ar: ArchiveRead } | null = null;

async function readBoth(store: Store, job: JobRecord): Promise<{ en: ArchiveRead; ar: ArchiveRead }> {
  if (lastRead?.jobId === job.id && lastRead.location === store.location) return lastRead;
  const read = async (edition: ArchiveEdition) => {
    const file = store.jobFile(job.id, edition);
    if (!file) throw new CodedError("archive-file-missing", { job: job.id, edition });
    return readArchiveBytes(file, edition);
  };
  lastRead = { location: store.location, jobId: job.id, en: await read("en"), ar: await read("ar") };
  return lastRead;
}

async function readStep(store: Store, job: JobRecord, params: ArchiveJobParams): Promise<JobStepOutcome> {
  const { en, ar } = await readBoth(store, job);
  const total = en.articles.length + ar.articles.length;
  let done = job.stage === "read" ? job.done : 0;
  const started = Date.now();
  while (done < total) {
    const [edition, read, position] = done < en.articles.length ? (["en", en, done] as const) : (["ar", ar, done - en.articles.length] as const);
    const batch = read.articles.slice(position, position + READ_BATCH);
    store.atomically(() => {
      store.storeArchiveBatch(params.archiveId, edition, position, batch, []);
      store.setJobProgress(job.id, "read", done + batch.length, total);
    });
    done += batch.length;
    if (Date.now() - started > READ_STEP_MS) return { finished: false };
  }
  store.atomically(() => {
    store.storeArchiveBatch(params.archiveId, "en", 0, [], en.errors);
    store.storeArchiveBatch(params.archiveId, "ar", 0, [], ar.errors);
    store.dropJobFiles(job.id);
    store.setJobProgress(job.id, "pair", 0, store.archiveCounts(params.archiveId).articles.en);
  });
  lastRead = null;
  return { finished: false };
}

/** The stored articles, the pairing options and the index over both editions, kept between the pair steps of one job. */
type Pairing = {
  location: string; jobId: number; articleCount: string; options: PairingOptions; prepared: PairingIndex;
  enAt: ReadonlyMap<string, number>; arAt: ReadonlyMap<string, number>;
  afterFirst?: AfterFirstPass;
};
type AfterFirstPass = { first: ScoredCandidate<PairEvidence>[]; scope: SecondPassScope | null };
let lastPairing: Pairing | null = null;

/** The pairing of this job's archive: built once per worker thread (seconds at 10,000 × 10,000), again only for another job or article count. */
function pairingOf(store: Store, job: JobRecord, params: ArchiveJobParams, archive: ArchiveRecord): Pairing {
  const counts = store.archiveCounts(archive.id).articles;
  const articleCount = `${counts.en}|${counts.ar}`;
  if (lastPairing?.jobId === job.id && lastPairing.location === store.location && lastPairing.articleCount === articleCount) return lastPairing;
  lastPairing = null;
  const en = store.readArchiveArticles(archive.id, "en");
  const ar = store.readArchiveArticles(archive.id, "ar");
  const glossary = store.listGlossary();
  const options: PairingOptions = {
    lexicon: lexiconFor(glossary, { dictionary: params.lexicon }), windowDays: archive.windowDays, threshold: archive.threshold,
    glossary: glossary.map((entry) => ({ en: entry.en, ar: entry.ar })),
  };
  const positions = (articles: readonly StoredArchiveArticle[]) => new Map(articles.map((a, k) => [a.id, k]));
  lastPairing = { location: store.location, jobId: job.id, articleCount, options, prepared: preparePairing(en, ar, options), enAt: positions(en), arAt: positions(ar) };
  return lastPairing;
}

/** Candidates by index (the domain's) as stored rows by article id, and back. */
function byIds(pairing: Pairing, candidates: readonly ScoredCandidate<PairEvidence>[]): ScoredArchiveCandidate[] {
  const { en, ar } = pairing.prepared;
  return candidates.map((c) => ({ en: en[c.en]?.id ?? "", ar: ar[c.ar]?.id ?? "", score: c.score, evidence: c.evidence }));
}

function byIndexes(pairing: Pairing, stored: readonly ScoredArchiveCandidate[]): ScoredCandidate<PairEvidence>[] {
  const out: ScoredCandidate<PairEvidence>[] = [];
  for (const c of stored) {
    const en = pairing.enAt.get(c.en);
    const ar = pairing.arAt.get(c.ar);
    if (en !== undefined && ar !== undefined) out.push({ en, ar, score: c.score, evidence: c.evidence as PairEvidence });
  }
  return out;
}

/** How much one pair step may score: until PAIR_STEP_MS has passed (at least one article), or `pairBatch` articles. */
type StepBudget = { started: number; scored: number; limit: number };
const budgetLeft = (budget: StepBudget) => budget.scored === 0 || (budget.scored < budget.limit && Date.now() - budget.started < PAIR_STEP_MS);

/**
 * Scores English articles [done, total) of a pass one at a time while the step's budget lasts and
 * commits their candidates with the progress (stage, done = articles scored, total) in one
 * transaction; answers the new done. Candidates of the pass's first batch replace any an earlier
 * run of the archive left behind.
 */
function scoreBatch(
  store: Store, job: JobRecord, archiveId: number, pairing: Pairing, pass: 1 | 2, done: number, total: number, budget: StepBudget,
  score: (from: number, to: number) => ScoredCandidate<PairEvidence>[],
): number {
  const scored: ScoredCandidate<PairEvidence>[] = [];
  let to = done;
  while (to < total && budgetLeft(budget)) {
    scored.push(...score(to, to + 1));
    to += 1;
    budget.scored += 1;
  }
  store.atomically(() => {
    if (pass === 1 && done === 0) store.dropArchiveCandidates(archiveId);
    store.storeArchiveCandidates(archiveId, pass, byIds(pairing, scored));
    store.setJobProgress(job.id, pass === 1 ? "pair" : "pair-wide", to, total);
  });
  return to;
}

/**
 * The first pass's 1-1 assignment over its stored candidates, and whom the second pass offers to
 * whom (null: nothing to do). Read once the first pass is complete, then kept with the pairing.
 */
function afterFirstPass(store: Store, archiveId: number, pairing: Pairing): AfterFirstPass {
  if (!pairing.afterFirst) {
    const first = assignFirstPass(byIndexes(pairing, store.readArchiveCandidates(archiveId, 1)), pairing.options);
    pairing.afterFirst = { first, scope: secondPassScope(pairing.prepared, first, pairing.options) };
  }
  return pairing.afterFirst;
}

/**
 * The last pair step: both passes' assignments over all stored candidates, the pairs written
 * (those scoring at least `confirmAbove` confirmed for the job's user) with the move to
 * "documents" and the candidates dropped, in one transaction.
 */
function finishPairing(store: Store, job: JobRecord, params: ArchiveJobParams, archiveId: number, pairing: Pairing): void {
  const { first, scope } = afterFirstPass(store, archiveId, pairing);
  const second = scope ? assignSecondPass(byIndexes(pairing, store.readArchiveCandidates(archiveId, 2)), pairing.options) : [];
  const pairs: NewArchivePair[] = proposedPairs(pairing.prepared.en, pairing.prepared.ar, first, second).map((p) => ({
    en: p.en, ar: p.ar, score: p.score, evidence: p.evidence,
    status: params.confirmAbove !== null && p.score >= params.confirmAbove ? "confirmed" : "proposed",
  }));
  store.atomically(() => {
    store.replaceProposedPairs(archiveId, pairs, job.createdBy, new Date().toISOString());
    store.dropArchiveCandidates(archiveId);
    const counts = store.archiveCounts(archiveId);
    store.setJobProgress(job.id, "documents", counts.documents, counts.pairs.confirmed);
  });
  lastPairing = null;
}

/**
 * One pair step ("pair": the first pass, "pair-wide": the second), bounded by PAIR_STEP_MS of
 * scoring: scores a batch of the current pass, and when the pass is complete and time is left,
 * goes on (first pass done: to the second pass, or straight to the end when it has nothing to do;
 * second pass done: the end). Every move commits on its own, so the step may stop anywhere.
 */
function pairStep(store: Store, given: JobRecord, params: ArchiveJobParams): JobStepOutcome {
  const archive = store.getArchive(params.archiveId);
  if (!archive) throw new CodedError("archive-gone", { archive: params.archiveId });
  const pairing = pairingOf(store, given, params, archive);
  const { prepared, options } = pairing;
  const budget: StepBudget = { started: Date.now(), scored: 0, limit: params.pairBatch ?? Infinity };
  let done = given.done;
  if (given.stage === "pair") {
    const total = prepared.en.length;
    done = Math.min(done, total);
    if (done < total) done = scoreBatch(store, given, archive.id, pairing, 1, done, total, budget, (from, to) => scoreFirstPass(prepared, from, to, options));
    if (done < total) return { finished: false };
    const { scope } = afterFirstPass(store, archive.id, pairing);
    if (scope) store.setJobProgress(given.id, "pair-wide", 0, scope.english.length);
    done = 0;
  }
  const { scope } = afterFirstPass(store, archive.id, pairing);
  const total = scope?.english.length ?? 0;
  done = Math.min(done, total);
  if (scope && done < total) {
    if (!budgetLeft(budget)) return { finished: false };
    done = scoreBatch(store, given, archive.id, pairing, 2, done, total, budget, (from, to) => scoreSecondPass(prepared, scope, from, to, options));
  }
  if (done < total) return { finished: false };
  finishPairing(store, given, params, archive.id, pairing);
  return { finished: false };
}

/** A stored article as the importer's ReadArticle edition: its paragraphs with their boilerplate marks. */
function editionOf(article: StoredArchiveArticle, lang: ArchiveEdition): ReadEdition {
  return { name: article.id, format: "text", paragraphs: article.paragraphs, boilerplate: detectBoilerplate(article.paragraphs, lang), cut: [], published: null };
}

export function summaryOf(store: Store, archiveId: number): ArchiveSummary {
  const c = store.archiveCounts(archiveId);
  return { archiveId, articles: c.articles, unreadable: c.fileErrors, pairs: { proposed: c.pairs.proposed, confirmed: c.pairs.confirmed }, documents: c.documents };
}

/** Whether this process has run the checks once (their word lists and models built on first use). */
let checksWarm = false;

/**
 * Runs the checks once over an article pair, unsaved, before the first document of this process:
 * the checks build their lookups on first use (seconds on a busy machine), inside the checks' time
 * budget (domain/checks/run-checks.ts), so the first document checked after every start of a
 * process (each resume after a kill) lost the checks that come last. Warm, its findings are the
 * same as in a run that never stopped.
 */
function warmChecks(en: readonly string[], ar: readonly string[]): void {
  if (checksWarm) return;
  runChecks({ en: [...en], ar: [...ar], beads: [], context: { glossary: [], ...checkResources() } });
  checksWarm = true;
}

/**
 * Makes one waiting pair's document, aligned, with its titles, dates and URLs from the articles:
 * its transaction also marks the pair's document (ConflictError, nothing written, when another
 * runner made it meanwhile), audits it and, through `progress`, advances the job; then its findings.
 */
function makePairDocument(store: Store, job: JobRecord, params: ArchiveJobParams, pair: WaitingArchivePair, progress: () => void): number {
  const { archiveId } = params;
  const en = store.readArchiveArticle(archiveId, "en", pair.en);
  const ar = store.readArchiveArticle(archiveId, "ar", pair.ar);
  if (!en || !ar) throw new CodedError("archive-article-missing", { archive: archiveId, pair: pair.id });
  warmChecks(en.paragraphs, ar.paragraphs);
  const article: ReadArticle = { en: editionOf(en, "en"), ar: editionOf(ar, "ar") };
  const meta = {
    title: en.title, titleAr: ar.title, publishedEn: en.date, publishedAr: ar.date,
    ...(en.url ? { sourceUrlEn: en.url } : {}), ...(ar.url ? { sourceUrlAr: ar.url } : {}),
  };
  const made = storeArticle(store, article, meta, job.createdBy, {
    dictionary: params.lexicon,
    within: (documentId) => {
      // Another runner made this pair's document meanwhile: roll this one back.
      if (!store.markPairDocument(pair.id, documentId)) throw new ConflictError(`archive-pair:${pair.id}`);
      store.audit({ documentId, user: job.createdBy, action: "archive-document", target: `archive-pair:${pair.id}`, details: { archiveId, en: pair.en, ar: pair.ar, score: pair.score } });
      progress();
    },
  });
  refreshFindings(store, made.id);
  return made.id;
}

function documentsStep(store: Store, job: JobRecord, params: ArchiveJobParams): JobStepOutcome {
  const { archiveId } = params;
  // A process killed between a document's transaction and its findings left it unchecked: check
  // it first, before a newer document joins the corpus its checks read (as in an unbroken run).
  for (const documentId of store.listUncheckedArchiveDocuments(archiveId, DOCUMENTS_PER_STEP)) {
    warmChecks(store.getParagraphs(documentId, "en").map((p) => p.text), store.getParagraphs(documentId, "ar").map((p) => p.text));
    refreshFindings(store, documentId);
  }
  const counts = store.archiveCounts(archiveId);
  let done = counts.documents;
  const waiting = store.listWaitingPairs(archiveId, DOCUMENTS_PER_STEP);
  if (waiting.length === 0) {
    store.setJobProgress(job.id, "documents", done, counts.pairs.confirmed);
    return { finished: true, result: summaryOf(store, archiveId) };
  }
  for (const pair of waiting) {
    makePairDocument(store, job, params, pair, () => {
      done += 1;
      store.setJobProgress(job.id, "documents", done, counts.pairs.confirmed);
    });
  }
  return { finished: false };
}

/** More confirmed pairs than an archive ever holds (100,000 articles an edition): all of them waiting. */
const ALL_PAIRS = 1_000_000;

/**
 * One batch of the documents stage shared by several processes (PostgreSQL's queue workers):
 * each of `pairIds` still waiting becomes a document (a pair done already, or made by another
 * process meanwhile, is skipped), its progress the archive's documents counted in its own
 * transaction. Then, when no confirmed pair is waiting any more, the documents a kill left
 * unchecked are checked and the job is finished, counted again inside one transaction.
 */
function documentsBatch(store: Store, job: JobRecord, params: ArchiveJobParams, pairIds: readonly number[]): JobStepOutcome {
  const { archiveId } = params;
  const wanted = new Set(pairIds);
  const progress = () => {
    const counts = store.archiveCounts(archiveId);
    store.setJobProgress(job.id, "documents", counts.documents, counts.pairs.confirmed);
  };
  if (wanted.size > 0) {
    for (const pair of store.listWaitingPairs(archiveId, ALL_PAIRS).filter((p) => wanted.has(p.id))) {
      try {
        makePairDocument(store, job, params, pair, progress);
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
    // Every unit of the batch is done now, by this process or another; one still waiting would be
    // lost if the batch ended as done: it fails instead, and the queue tries it again.
    const left = store.listWaitingPairs(archiveId, ALL_PAIRS).filter((p) => wanted.has(p.id));
    if (left.length > 0) throw new Error(`archive-job: pairs ${left.map((p) => p.id).join(", ")} of the batch are still waiting`);
  }
  if (store.listWaitingPairs(archiveId, 1).length > 0) return { finished: false };
  for (let unchecked = store.listUncheckedArchiveDocuments(archiveId, DOCUMENTS_PER_STEP); unchecked.length > 0; unchecked = store.listUncheckedArchiveDocuments(archiveId, DOCUMENTS_PER_STEP)) {
    for (const documentId of unchecked) {
      warmChecks(store.getParagraphs(documentId, "en").map((p) => p.text), store.getParagraphs(documentId, "ar").map((p) => p.text));
      refreshFindings(store, documentId);
    }
  }
  return store.atomically(() => {
    if (store.listWaitingPairs(archiveId, 1).length > 0 || store.listUncheckedArchiveDocuments(archiveId, 1).length > 0) return { finished: false };
    progress();
    return { finished: true, result: summaryOf(store, archiveId) };
  });
}

/** The documents stage as batches of confirmed pairs (by pair id) for the queue workers: `archive` jobs once they reach it, `archive-documents` jobs from the start. */
function documentsFanOut(atStage: (job: JobRecord) => boolean): JobFanOut {
  return {
    batchSize: DOCUMENTS_PER_STEP,
    pendingUnits(store, given) {
      const job = store.getJob(given.id) ?? given;
      if (!atStage(job)) return null;
      return store.listWaitingPairs(paramsOf(job).archiveId, ALL_PAIRS).map((p) => p.id);
    },
    runBatch(store, given, units) {
      const job = store.getJob(given.id) ?? given;
      return documentsBatch(store, job, paramsOf(job), units);
    },
  };
}

/** The `archive` job: read, then pair, then documents. */
export const ARCHIVE_JOB: JobKind = {
  kind: "archive",
  async step(store, given) {
    // The job as committed now, not as the runner last saw it: a step repeated by a runner that
    // missed the last commit continues from that commit instead of going back.
    const job = store.getJob(given.id) ?? given;
    const params = paramsOf(job);
    switch (job.stage) {
      case "":
      case "read":
        return readStep(store, job, params);
      case "pair":
      case "pair-wide":
        return pairStep(store, job, params);
      case "documents":
        return documentsStep(store, job, params);
      default:
        throw new CodedError("archive-job-stage", { job: job.id, stage: job.stage });
    }
  },
  fanOut: documentsFanOut((job) => job.stage === "documents"),
};

/** The `archive-documents` job (params `{archiveId}`): documents of pairs confirmed after the archive job. */
export const ARCHIVE_DOCUMENTS_JOB: JobKind = {
  kind: "archive-documents",
  step(store, given) {
    const job = store.getJob(given.id) ?? given;
    return documentsStep(store, job, paramsOf(job));
  },
  fanOut: documentsFanOut(() => true),
};

/** The kinds this service registers with the job runner (the jobs helper's registry reads this list). */
export const ARCHIVE_JOB_KINDS: readonly JobKind[] = [ARCHIVE_JOB, ARCHIVE_DOCUMENTS_JOB];
