/**
 * The archive job (issue 14): the `archive` job kind's three stages and the `archive-documents`
 * kind that runs only the last one. Each step is a bounded piece of work that commits its work
 * together with the job's progress (store.setJobProgress in the same transaction), so a process
 * killed between steps loses nothing and repeats nothing; running a step again continues from what
 * was committed.
 * - read: each edition's uploaded file (job_files role "en" / "ar") read by the archive reader,
 *   stored in batches in file order (progress = articles of both editions passed); at the end the
 *   files' errors are stored and the job files dropped, with the move to "pair", in one transaction.
 * - pair: pairArchive over the stored articles with the aligner's lexicon (FreeDict + glossary);
 *   pairs scoring at least `confirmAbove` are confirmed for the job's user; the pairs and the move
 *   to "documents" in one transaction.
 * - documents: a few confirmed pairs without a document per step, each stored as a document
 *   (storeArticle, its titles, dates and URLs from the articles) whose transaction also marks the
 *   pair's document (never a duplicate), audits it and advances the progress; then its findings.
 */
import type { ArchiveEdition, JobRecord, NewArchivePair, Store, StoredArchiveArticle } from "../store/types.js";
import { CodedError } from "../domain/coded-error.js";
import { pairArchive } from "../domain/archive/pair-archive.js";
import { detectBoilerplate } from "../domain/segment/boilerplate.js";
import { ConflictError } from "../store/conflict-error.js";
import { readArchiveBytes, type ArchiveRead } from "../import/archive/read-archive.js";
import type { JobKind, JobStepOutcome } from "../jobs/job-kinds.js";
import { lexiconFor } from "./align-resources.js";
import { storeArticle, type ReadArticle, type ReadEdition } from "./import-article.js";
import { refreshFindings } from "./document-checks.js";

/** Params of an "archive" job; `inputHash` lets the command line find it again; `lexicon` false leaves FreeDict out (tests, --no-lexicon). */
export type ArchiveJobParams = { archiveId: number; confirmAbove: number | null; inputHash?: string; lexicon?: boolean };
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
/** The pairing reports its progress at most this often (progress only; the pairs land at its end). */
const PAIR_PROGRESS_MS = 1000;

function paramsOf(job: JobRecord): ArchiveJobParams {
  const p = (job.params ?? {}) as Partial<ArchiveJobParams>;
  if (typeof p.archiveId !== "number") throw new CodedError("archive-job-params", { job: job.id });
  return { archiveId: p.archiveId, confirmAbove: typeof p.confirmAbove === "number" ? p.confirmAbove : null, inputHash: p.inputHash, lexicon: p.lexicon !== false };
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

function pairStep(store: Store, job: JobRecord, params: ArchiveJobParams): JobStepOutcome {
  const archive = store.getArchive(params.archiveId);
  if (!archive) throw new CodedError("archive-gone", { archive: params.archiveId });
  const en = store.readArchiveArticles(archive.id, "en");
  const ar = store.readArchiveArticles(archive.id, "ar");
  const glossary = store.listGlossary();
  const lexicon = lexiconFor(glossary, { dictionary: params.lexicon });
  let reported = Date.now();
  const proposed = pairArchive(en, ar, {
    lexicon, windowDays: archive.windowDays, threshold: archive.threshold,
    glossary: glossary.map((entry) => ({ en: entry.en, ar: entry.ar })),
    onArticle: (done, total) => {
      if (Date.now() - reported < PAIR_PROGRESS_MS) return;
      reported = Date.now();
      store.setJobProgress(job.id, "pair", done, total);
    },
  });
  const pairs: NewArchivePair[] = proposed.map((p) => ({
    en: p.en, ar: p.ar, score: p.score, evidence: p.evidence,
    status: params.confirmAbove !== null && p.score >= params.confirmAbove ? "confirmed" : "proposed",
  }));
  store.atomically(() => {
    store.replaceProposedPairs(archive.id, pairs, job.createdBy, new Date().toISOString());
    const counts = store.archiveCounts(archive.id);
    store.setJobProgress(job.id, "documents", counts.documents, counts.pairs.confirmed);
  });
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

function documentsStep(store: Store, job: JobRecord, params: ArchiveJobParams): JobStepOutcome {
  const { archiveId } = params;
  const counts = store.archiveCounts(archiveId);
  let done = counts.documents;
  const waiting = store.listWaitingPairs(archiveId, DOCUMENTS_PER_STEP);
  if (waiting.length === 0) {
    store.setJobProgress(job.id, "documents", done, counts.pairs.confirmed);
    return { finished: true, result: summaryOf(store, archiveId) };
  }
  for (const pair of waiting) {
    const en = store.readArchiveArticle(archiveId, "en", pair.en);
    const ar = store.readArchiveArticle(archiveId, "ar", pair.ar);
    if (!en || !ar) throw new CodedError("archive-article-missing", { archive: archiveId, pair: pair.id });
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
        done += 1;
        store.setJobProgress(job.id, "documents", done, counts.pairs.confirmed);
      },
    });
    refreshFindings(store, made.id);
  }
  return { finished: false };
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
        return pairStep(store, job, params);
      case "documents":
        return documentsStep(store, job, params);
      default:
        throw new CodedError("archive-job-stage", { job: job.id, stage: job.stage });
    }
  },
};

/** The `archive-documents` job (params `{archiveId}`): documents of pairs confirmed after the archive job. */
export const ARCHIVE_DOCUMENTS_JOB: JobKind = {
  kind: "archive-documents",
  step(store, given) {
    const job = store.getJob(given.id) ?? given;
    return documentsStep(store, job, paramsOf(job));
  },
};

/** The kinds this service registers with the job runner (the jobs helper's registry reads this list). */
export const ARCHIVE_JOB_KINDS: readonly JobKind[] = [ARCHIVE_JOB, ARCHIVE_DOCUMENTS_JOB];
