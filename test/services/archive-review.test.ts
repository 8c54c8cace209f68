/**
 * The pairing review's service over a real SQLite file: evidence said in words in both languages,
 * who may decide (a viewer may not), a confirm or a re-pair queuing the documents job (a reject
 * not), the bulk decision's "id:version" values, the re-pair page's candidates inside the
 * archive's date window and beyond it, and the query and cursor parsers refusing what they cannot read;
 * the archive's page saying how its job stands (linked for who may see jobs) and each file that
 * could not be read with its reason in the reader's language, paged.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { translatorFor } from "../../server/i18n/translate.js";
import {
  archivePairsPage, decidePairAs, decidePairsAs, evidenceInWords, fileErrorReason, fileErrorsPage, parseArticleCursor, parseFileErrorCursor, parsePairCursor, repairAs,
  repairView, searchWords, unpairedPage, FILE_ERRORS_ON_ARCHIVE, FILE_ERRORS_PAGE,
} from "../../server/services/archive-review.js";
import { BadRequestError, ForbiddenError } from "../../server/services/errors.js";
import { NotFoundError } from "../../server/store/conflict-error.js";
import { tempDbPath } from "../helpers/temp.js";
import { seedArchive, type SeededArchive } from "../helpers/archive-review-data.js";

const en = translatorFor("en");
const ar = translatorFor("ar");
const translator = { name: "translator", role: "translator" as const };
const viewer = { name: "viewer", role: "viewer" as const };

describe("archive review service (real SQLite file)", () => {
  let store: ReturnType<typeof openSqliteStore>;
  let seeded: SeededArchive;
  beforeEach(() => {
    store = openSqliteStore(tempDbPath());
    seeded = seedArchive(store.db);
  });
  afterEach(() => store.close());

  const documentJobs = () => store.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE kind = 'archive-documents' AND state = 'queued'").get() as { n: number };

  it("says a pair's evidence in words, in English and in Arabic", () => {
    const page = archivePairsPage(store, seeded.archiveId, { filter: "all", after: null }, viewer, en, "en");
    expect(page.mayDecide).to.equal(false);
    expect(page.pairs[1]?.evidenceWords).to.deep.equal([
      "Shared names: Basra", "Shared numbers and dates: 300", "4 English words with their translations in the Arabic",
      "The alignment covers 90 % of the English and 88 % of the Arabic",
    ]);
    expect(page.pairs[1]?.scoreText).to.equal("0.84");
    const arabic = evidenceInWords(page.pairs[1]!, ar);
    expect(arabic[0]).to.equal("أسماء مشتركة: Basra");
    expect(arabic[2], "Arabic-Indic digits in Arabic").to.equal("٤ كلمات إنجليزية ترجماتها في النص العربي");
    const made = repairAs(store, seeded.archiveId, "en", "en-4", "ar-6", translator);
    expect(evidenceInWords(made, en)).to.deep.equal(["Paired by hand by translator"]);
    expect(evidenceInWords({ ...made, origin: "proposed", evidence: "not an object" }, en)).to.deep.equal(["No evidence recorded"]);
  });

  it("lets only who may import decide, and queues the documents job after a confirm or a re-pair, not after a reject", () => {
    const [p1, p2] = seeded.pairIds as [number, number];
    expect(() => decidePairAs(store, seeded.archiveId, p1, "confirm", "1", viewer)).to.throw(ForbiddenError);
    expect(() => repairAs(store, seeded.archiveId, "en", "en-4", "ar-6", viewer)).to.throw(ForbiddenError);
    expect(() => repairView(store, seeded.archiveId, "en", "en-4", "", viewer)).to.throw(ForbiddenError);
    decidePairAs(store, seeded.archiveId, p2, "reject", "1", translator);
    expect(documentJobs().n).to.equal(0);
    expect(decidePairAs(store, seeded.archiveId, p1, "confirm", "1", translator).status).to.equal("confirmed");
    expect(documentJobs().n).to.equal(1);
    repairAs(store, seeded.archiveId, "ar", "ar-6", "en-4", translator);
    expect(store.liveArchivePair(seeded.archiveId, "en", "en-4")?.ar.id).to.equal("ar-6");
    expect(documentJobs().n, "one job per archive while it waits").to.equal(1);
    expect(() => decidePairAs(store, seeded.archiveId, p1, "confirm", "x", translator)).to.throw(BadRequestError);
    expect(() => decidePairAs(store, 404, p1, "confirm", "2", translator)).to.throw(NotFoundError);
  });

  it("decides the ticked pairs given as id:version, ignoring what it cannot read", () => {
    const [p1, p2, p3] = seeded.pairIds as [number, number, number];
    expect(decidePairsAs(store, seeded.archiveId, "reject", [`${p1}:1`, `${p2}:7`, "junk", `${p3}:1`], translator)).to.deep.equal({ decided: 2, stale: 1, deletedDocuments: [] });
    expect(decidePairsAs(store, seeded.archiveId, "confirm", `${p2}:1`, translator)).to.deep.equal({ decided: 1, stale: 0, deletedDocuments: [] });
    expect(() => decidePairsAs(store, seeded.archiveId, "confirm", ["junk"], translator)).to.throw(BadRequestError);
    expect(() => decidePairsAs(store, seeded.archiveId, "confirm", undefined, translator)).to.throw(BadRequestError);
  });

  it("offers the other edition's articles near the article's date first, and beyond the window when searched for", () => {
    const view = repairView(store, seeded.archiveId, "en", "en-4", "", translator);
    expect(view.window).to.deep.equal({ from: "2024-03-07", to: "2024-03-13" });
    expect(view.near.map((c) => c.id)).to.deep.equal(["ar-6"]);
    expect(view.elsewhere, "nothing searched: only the window").to.deep.equal([]);
    const searched = repairView(store, seeded.archiveId, "en", "en-4", "المُتحف", translator);
    expect(searched.near.map((c) => c.id)).to.deep.equal(["ar-6"]);
    expect(searched.elsewhere.map((c) => c.id)).to.deep.equal(["ar-5"]);
    const fromArabic = repairView(store, seeded.archiveId, "ar", "ar-3", "BUDGET", translator);
    expect(fromArabic.livePair).to.equal(null);
    expect(fromArabic.near.map((c) => [c.id, c.livePair?.with])).to.deep.equal([["en-3", "ar-4"]]);
    expect(() => repairView(store, seeded.archiveId, "en", "en-404", "", translator)).to.throw(NotFoundError);
  });

  it("pages unpaired articles and reads its query values defensively", () => {
    expect(unpairedPage(store, seeded.archiveId, "ar", null, viewer).articles.map((a) => a.id)).to.deep.equal(["ar-3", "ar-6", "ar-5"]);
    expect(searchWords("  Ceasefire,  TALKS  الإِقرار ")).to.deep.equal(["ceasefire", "talks", "الاقرار"]);
    expect(searchWords("a b c d e f g h i j k")).to.have.length(8);
    expect(parsePairCursor("0.84_12")).to.deep.equal({ score: 0.84, id: 12 });
    expect(parsePairCursor("1e-7_3")).to.deep.equal({ score: 1e-7, id: 3 });
    expect(parsePairCursor("drop table")).to.equal(null);
    expect(parseArticleCursor("2024-03-01_en_1")).to.deep.equal({ date: "2024-03-01", id: "en_1" });
    expect(parseArticleCursor("_x")).to.equal(null);
  });

  it("tells the archive's job in words, linked for who may see jobs, and the files that could not be read with their reasons, paged", () => {
    const jobId = store.createJob({ kind: "archive", params: { archiveId: seeded.archiveId }, createdBy: "translator" });
    store.setArchiveJob(seeded.archiveId, jobId);
    store.claimJob(jobId, "elsewhere", new Date().toISOString());
    store.setJobProgress(jobId, "read", 3, 10);
    const errors = Array.from({ length: FILE_ERRORS_PAGE + 5 }, (_, k) => ({ name: `f${String(k).padStart(3, "0")}.txt`, code: "too-large", params: { limit: 2 } }));
    store.storeArchiveBatch(seeded.archiveId, "en", 0, [], errors);
    const page = archivePairsPage(store, seeded.archiveId, { filter: "all", after: null }, translator, en, "en");
    expect(page.job).to.deep.include({ id: jobId, live: true, failed: false, href: `/jobs/${jobId}`, line: `Archive import, job ${jobId}: Running`, stageLine: "Reading the files, 3 of 10" });
    expect(archivePairsPage(store, seeded.archiveId, { filter: "all", after: null }, viewer, en, "en").job?.href, "a viewer may not see jobs").to.equal(null);
    expect(page.fileErrors).to.have.length(FILE_ERRORS_ON_ARCHIVE);
    expect(page.moreFileErrors).to.equal(true);
    expect(page.fileErrors[0]).to.deep.include({ name: "f000.txt", reason: "larger than 2 bytes" });
    expect(archivePairsPage(store, seeded.archiveId, { filter: "all", after: null }, translator, ar, "ar").fileErrors[0]?.reason).to.equal("حجمه أكبر من ٢ بايت");

    const first = fileErrorsPage(store, seeded.archiveId, null, en);
    expect(first.errors).to.have.length(FILE_ERRORS_PAGE);
    const rest = fileErrorsPage(store, seeded.archiveId, parseFileErrorCursor(first.next), en);
    expect(rest.errors.map((e) => e.name)).to.deep.equal(["f100.txt", "f101.txt", "f102.txt", "f103.txt", "f104.txt"]);
    expect(rest.next).to.equal(null);
    store.storeArchiveBatch(seeded.archiveId, "ar", 0, [], [{ name: "a.zip", code: "archive-not-utf8", params: {} }, { name: "b.zip", code: "archive-not-utf8", params: {} }]);
    expect(fileErrorsPage(store, seeded.archiveId, parseFileErrorCursor(first.next), en).errors.slice(-2).map((e) => e.reason), "each reason with its own file's name")
      .to.deep.equal(["a.zip is not UTF-8 text.", "b.zip is not UTF-8 text."]);
    expect(parseFileErrorCursor("fr_x")).to.equal(null);
    expect(parseFileErrorCursor("ar_a_b.txt")).to.deep.equal({ edition: "ar", name: "a_b.txt" });
    expect(fileErrorReason({ edition: "en", name: "x", code: "no-such-code", params: {} }, en)).to.equal("could not be read (code no-such-code)");
    expect(fileErrorReason({ edition: "en", name: "x", code: "<script>", params: {} }, en)).to.equal("could not be read (code <script>)");
  });

  it("refuses to reject a pair whose document is locked (it would delete it) but for an admin", () => {
    const [p1, p2] = seeded.pairIds as [number, number];
    const documentId = store.createDocument({
      title: "Locked story", en: [{ text: "One.", boilerplate: null }], ar: [{ text: "واحد.", boilerplate: null }], beads: [{ en: [0], ar: [0], score: 1, signals: { shape: "1-1" } }],
    }, "admin");
    decidePairAs(store, seeded.archiveId, p1, "confirm", "1", translator);
    store.markPairDocument(p1, documentId);
    store.setDocumentStatus(documentId, "locked", "admin");
    const version = String(store.getArchivePair(seeded.archiveId, p1)!.version);
    expect(() => decidePairAs(store, seeded.archiveId, p1, "reject", version, translator)).to.throw(ForbiddenError);
    expect(() => decidePairsAs(store, seeded.archiveId, "reject", [`${p1}:${version}`, `${p2}:1`], translator)).to.throw(ForbiddenError);
    expect(() => repairAs(store, seeded.archiveId, "en", "en-1", "ar-6", translator)).to.throw(ForbiddenError);
    expect(store.getArchivePair(seeded.archiveId, p2)?.status, "nothing decided").to.equal("proposed");
    expect(store.getDocument(documentId)).to.not.equal(null);
    const admin = { name: "admin", role: "admin" as const };
    expect(decidePairAs(store, seeded.archiveId, p1, "reject", version, admin).deletedDocuments).to.deep.equal([documentId]);
  });
});
