/**
 * The archive job's pair stage in bounded steps, on a real SQLite file: a made-up archive of 8
 * English and 12 Arabic articles (both scripts) where two English floods stories come 20 days after
 * their editions, so the second pass ("pair-wide") has work. Driven step by step, a few English
 * articles per step (the job's pairBatch), with the store closed and opened again after every
 * step, the same step repeated from the job as it was before it (a runner that missed the commit),
 * and a second archive's job stepped in between (so the index is built again, as in a new worker):
 * the stored candidates are always exactly those of the English articles the progress counts as
 * scored, each once, and the pairs, scores and evidence written at the end are those of an
 * uninterrupted run and of the domain's pairArchive. The candidates are dropped at the end.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import type { JobRecord, Store } from "../../server/store/types.js";
import { ARCHIVE_JOB } from "../../server/services/archive-job.js";
import { startArchiveImport } from "../../server/services/archive-start.js";
import { pairArchive, preparePairing, scoreFirstPass, DEFAULT_PAIRING, type PairingOptions } from "../../server/domain/archive/pair-archive.js";
import { lexiconFor } from "../../server/services/align-resources.js";
import { repeatedArchive } from "../helpers/made-up-archive.js";
import { archiveZip } from "../helpers/archive-files.js";
import { tempDbPath } from "../helpers/temp.js";

const GLOSSARY = [
  ["parliament", "برلمان"], ["budget", "ميزانية"], ["schools", "مدرسة"], ["minister", "وزير"], ["debate", "نقاش"], ["vote", "تصويت"],
  ["rain", "مطر"], ["homes", "منزل"], ["families", "عائلة"], ["city", "مدينة"], ["floods", "فيضان"], ["rescue", "إنقاذ"],
].map(([en, ar]) => ({ en: en as string, ar: ar as string, kind: "term", note: "" }));

const { en: EN, ar: AR } = repeatedArchive(4, [1, 3]);
const FILES = { en: archiveZip("en", EN), ar: archiveZip("ar", AR) };

/** The options the job pairs with (its archive's window and threshold, the glossary in the lexicon and as evidence). */
const OPTIONS: PairingOptions = {
  lexicon: lexiconFor(GLOSSARY, { dictionary: false }), windowDays: DEFAULT_PAIRING.windowDays, threshold: DEFAULT_PAIRING.threshold,
  glossary: GLOSSARY.map((entry) => ({ en: entry.en, ar: entry.ar })),
};

function start(store: ReturnType<typeof openSqliteStore>, pairBatch: number | null) {
  store.upsertGlossary(GLOSSARY);
  const started = startArchiveImport(store, FILES, { name: "Made-up wire", windowDays: DEFAULT_PAIRING.windowDays, threshold: DEFAULT_PAIRING.threshold, confirmAbove: null, user: "ed", lexicon: false });
  if (pairBatch !== null) store.db.prepare("UPDATE jobs SET params = json_set(params, '$.pairBatch', ?) WHERE id = ?").run(pairBatch, started.jobId);
  return started;
}

async function step(store: Store, jobId: number): Promise<JobRecord> {
  const outcome = await ARCHIVE_JOB.step(store, store.getJob(jobId) as JobRecord);
  if (outcome.finished) store.finishJob(jobId, "done", outcome.result);
  return store.getJob(jobId) as JobRecord;
}

type Row = { en_article: string; ar_article: string; score: number; evidence: string; status: string };
const pairsOf = (store: ReturnType<typeof openSqliteStore>, archiveId: number) =>
  (store.db.prepare("SELECT en_article, ar_article, score, evidence, status FROM archive_pairs WHERE archive_id = ? ORDER BY en_article").all(archiveId) as Row[])
    .map((r) => ({ en: r.en_article, ar: r.ar_article, score: r.score, evidence: JSON.parse(r.evidence) as unknown, status: r.status }));

/** The first pass's candidates of English articles [0, done) as the domain scores them, by ids, in the store's order. */
function firstPassOf(done: number) {
  const prepared = preparePairing(EN, AR, OPTIONS);
  return scoreFirstPass(prepared, 0, done, OPTIONS)
    .map((c) => ({ en: EN[c.en]?.id ?? "", ar: AR[c.ar]?.id ?? "", score: c.score, evidence: c.evidence as unknown }))
    .sort((x, y) => (x.en < y.en ? -1 : x.en > y.en ? 1 : x.ar < y.ar ? -1 : x.ar > y.ar ? 1 : 0));
}

describe("services/archive-job: the pair stage in steps (real database file)", function () {
  this.timeout(120000);

  it("pairs an uninterrupted run as pairArchive does, the second pass included, and drops its candidates", async () => {
    const store = openSqliteStore(tempDbPath());
    const { jobId, archiveId } = start(store, null);
    const stages: string[] = [];
    for (let k = 0; k < 20 && store.getJob(jobId)?.stage !== "documents"; k += 1) stages.push((await step(store, jobId)).stage);
    expect(stages, "read, then the whole pair stage within one step of 2 s").to.deep.equal(["pair", "documents"]);
    const expected = pairArchive(EN, AR, OPTIONS).map((p) => ({ en: p.en, ar: p.ar, score: p.score, evidence: p.evidence as unknown, status: "proposed" }))
      .sort((x, y) => (x.en < y.en ? -1 : 1));
    expect(expected.map((p) => p.en), "the late floods stories are paired by the second pass").to.include.members(["en-floods-1", "en-floods-3"]);
    expect(pairsOf(store, archiveId)).to.deep.equal(expected);
    expect(store.readArchiveCandidates(archiveId, 1)).to.deep.equal([]);
    expect(store.readArchiveCandidates(archiveId, 2)).to.deep.equal([]);
    store.close();
  });

  it("continues from the committed progress after every interruption, never scoring an English article twice, to the same pairs", async () => {
    const straight = openSqliteStore(tempDbPath());
    const uninterrupted = start(straight, null);
    while (straight.getJob(uninterrupted.jobId)?.stage !== "documents") await step(straight, uninterrupted.jobId);
    const wanted = pairsOf(straight, uninterrupted.archiveId);
    straight.close();

    const path = tempDbPath();
    let store = openSqliteStore(path);
    const { jobId, archiveId } = start(store, 3);
    const other = start(store, 2);
    await step(store, jobId);
    expect(store.getJob(jobId)).to.include({ stage: "pair", done: 0, total: EN.length });
    const seen: string[] = [];
    let steps = 0;
    while (store.getJob(jobId)?.stage !== "documents" && steps < 40) {
      const before = store.getJob(jobId) as JobRecord;
      const after = await step(store, jobId);
      steps += 1;
      seen.push(`${after.stage} ${after.done}/${after.total}`);
      // Never more than the batch per step, never back.
      if (after.stage === before.stage) expect(after.done - before.done).to.be.within(1, 3);
      if (after.stage === "pair") expect(store.readArchiveCandidates(archiveId, 1), `the candidates of the first ${after.done} English articles, once each`).to.deep.equal(firstPassOf(after.done));
      if (after.stage === "pair-wide") {
        expect(store.readArchiveCandidates(archiveId, 1), "the first pass complete").to.deep.equal(firstPassOf(EN.length));
        const secondEn = new Set(store.readArchiveCandidates(archiveId, 2).map((c) => c.en));
        expect([...secondEn].length, "second-pass candidates only for the unpaired English articles scored so far").to.be.at.most(after.done);
      }
      // The runner that missed the commit steps the job as it was: it continues from the commit.
      if (after.stage !== "documents") {
        await ARCHIVE_JOB.step(store, before);
        const again = store.getJob(jobId) as JobRecord;
        if (again.stage !== "documents") seen.push(`${again.stage} ${again.done}/${again.total}`);
      }
      // Another archive's job between: this job's index is built again at its next step.
      if (store.getJob(other.jobId)?.stage !== "documents") await step(store, other.jobId);
      store.close();
      store = openSqliteStore(path);
    }
    expect(store.getJob(jobId)?.stage).to.equal("documents");
    // Each step (and each repeated one) scores the next 3 English articles: 8 in the first pass,
    // then the step that completes it goes on to the 2 left unpaired, over the wider window.
    expect(seen).to.deep.equal(["pair 3/8", "pair 6/8", "pair-wide 1/2"]);
    expect(pairsOf(store, archiveId)).to.deep.equal(wanted);
    expect(store.readArchiveCandidates(archiveId, 1)).to.deep.equal([]);
    while (store.getJob(other.jobId)?.stage !== "documents") await step(store, other.jobId);
    expect(pairsOf(store, other.archiveId).map(({ en, ar, score }) => [en, ar, score])).to.deep.equal(wanted.map(({ en, ar, score }) => [en, ar, score]));
    store.close();
  });
});
