/**
 * The jobs pages' rules and words on a real database file: a running job's rate and time left
 * from its stage's start, its result and error in words (a code of jobs.errors, a locale key of
 * another area, or "internal" for anything unknown), who may cancel (its starter, an admin; never a
 * role that may not see jobs), and a cancel that is audited once and refused on an ended job; an
 * archive job said in its own words (its stages in order, its result as sentences, its archive
 * linked once paired, what to do after a failure).
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { archiveResultLines, cancelJob, jobErrorText, jobListView, jobProgressView, jobView } from "../../server/services/jobs-view.js";
import { translatorFor } from "../../server/i18n/translate.js";
import { ForbiddenError } from "../../server/services/errors.js";
import { NotFoundError } from "../../server/store/conflict-error.js";
import type { Translate } from "../../server/web/http.js";
import { tempDbPath } from "../helpers/temp.js";

const en = translatorFor("en") as unknown as Translate;
const ar = translatorFor("ar") as unknown as Translate;
const editor = { name: "ed", role: "copy-editor" as const };
const translator = { name: "tr", role: "translator" as const };
const admin = { name: "boss", role: "admin" as const };
const viewer = { name: "vi", role: "viewer" as const };

describe("jobs view (real database file)", () => {
  it("tells a running job's rate and time left from its stage's start", () => {
    const store = openSqliteStore(tempDbPath());
    const id = store.createJob({ kind: "archive", params: {}, createdBy: "ed" });
    store.claimJob(id, "elsewhere", new Date().toISOString());
    store.setJobProgress(id, "pair", 100, 1000);
    store.setJobProgress(id, "pair", 400, 1000);
    const started = Date.parse(store.getJob(id)!.stageStartedAt!);
    const view = jobProgressView(store, id, editor, en, new Date(started + 60_000));
    expect(view).to.deep.include({ state: "running", live: true, stageLabel: "Pairing the articles", progressText: "400 of 1000", rateText: "5 a second", leftText: "About 2 minutes", percent: 40 });
    expect(jobProgressView(store, id, editor, ar, new Date(started + 60_000))).to.deep.include({ rateText: "٥ في الثانية", leftText: "نحو دقيقتين" });
    store.close();
  });

  it("shows a done job's result and a failed job's error in words", () => {
    const store = openSqliteStore(tempDbPath());
    const done = store.createJob({ kind: "archive-documents", params: {}, createdBy: "ed" });
    store.finishJob(done, "done", { documents: 12, note: "<i>x</i>", nested: { no: 1 } });
    expect(jobView(store, done, editor, en).result).to.deep.equal([
      { label: "documents", value: 12, isNumber: true }, { label: "note", value: "<i>x</i>", isNumber: false },
    ]);
    expect(jobView(store, done, editor, en)).to.deep.include({ kindLabel: "Documents from confirmed pairs", errorText: null, mayCancel: false, live: false, leftText: "" });
    const failed = store.createJob({ kind: "archive", params: {}, createdBy: "ed" });
    store.finishJob(failed, "failed", { code: "step-crashed", params: {} });
    expect(jobView(store, failed, editor, ar).errorText).to.equal("تجاوزت إحدى خطوات المهمة الوقت أو الذاكرة المتاحين، فأُوقفت المهمة.");
    expect(() => jobView(store, 999, editor, en)).to.throw(NotFoundError);
    store.close();
  });

  it("says an error by its own code, by a locale key of another area, or as internal when neither is known", () => {
    expect(jobErrorText(en, { code: "unknown-kind", params: { kind: "zip" } })).to.equal("This server does not know jobs of kind “zip”.");
    expect(jobErrorText(en, { code: "nav.jobs", params: {} }), "a full locale key of another area").to.equal("Jobs");
    const internal = "The job stopped on an unexpected error. The server's log has the details.";
    expect(jobErrorText(en, { code: "no-such-code", params: {} })).to.equal(internal);
    expect(jobErrorText(en, { code: "no.such.key", params: {} })).to.equal(internal);
    expect(jobErrorText(en, { code: "<script>", params: {} })).to.equal(internal);
    expect(jobErrorText(en, null)).to.equal(internal);
  });

  it("lets its starter or an admin cancel a job, audited once; refuses others, viewers and ended jobs", () => {
    const store = openSqliteStore(tempDbPath());
    const id = store.createJob({ kind: "archive", params: {}, createdBy: "ed" });
    store.claimJob(id, "elsewhere", new Date().toISOString());
    expect(jobView(store, id, editor, en).mayCancel).to.equal(true);
    expect(jobView(store, id, translator, en).mayCancel).to.equal(false);
    expect(jobView(store, id, admin, en).mayCancel).to.equal(true);
    expect(() => cancelJob(store, id, translator)).to.throw(ForbiddenError);
    expect(() => cancelJob(store, id, viewer)).to.throw(ForbiddenError);
    expect(() => jobListView(store, {}, viewer, en)).to.throw(ForbiddenError);
    expect(cancelJob(store, id, editor)).to.equal(true);
    expect(jobView(store, id, editor, en)).to.deep.include({ cancelRequested: true, mayCancel: false });
    expect(cancelJob(store, id, admin), "asked already: a running job is still asked, the request stands").to.equal(true);
    store.finishJob(id, "cancelled");
    expect(cancelJob(store, id, editor), "an ended job").to.equal(false);
    expect(store.listAudit({ action: "job-cancel" }).map((e) => e.user)).to.deep.equal(["boss", "ed"]);
    store.close();
  });

  it("says an archive job in words: stages in order, the result as sentences, the archive linked once paired, what to do after a failure", () => {
    const store = openSqliteStore(tempDbPath());
    const archiveId = store.createArchive({ name: "Wire", windowDays: 7, threshold: 0.5, createdBy: "ed" });
    const running = store.createJob({ kind: "archive", params: { archiveId }, createdBy: "ed" });
    store.claimJob(running, "elsewhere", new Date().toISOString());
    store.setJobProgress(running, "pair", 1, 4);
    const live = jobView(store, running, editor, en).archive;
    expect(live?.stages).to.deep.equal([
      { label: "Reading the files", state: "done" }, { label: "Pairing the articles", state: "current" }, { label: "Making documents", state: "waiting" },
    ]);
    expect(live?.archive, "not linked before the pairing ends").to.deep.equal({ id: archiveId, name: "Wire", href: null });
    store.setJobProgress(running, "pair-wide", 0, 2);
    expect(jobView(store, running, editor, en).archive?.stages.map((s) => s.state), "the second pass is still the pairing").to.deep.equal(["done", "current", "waiting"]);
    store.replaceProposedPairs(archiveId, [], "ed", new Date().toISOString());
    const summary = { archiveId, articles: { en: 12, ar: 10 }, unreadable: { en: 1, ar: 0 }, pairs: { proposed: 7, confirmed: 2 }, documents: 2 };
    store.finishJob(running, "done", summary);
    const done = jobView(store, running, editor, en);
    expect(done.archive?.archive?.href).to.equal(`/archives/${archiveId}`);
    expect(done.archive?.stages.map((s) => s.state)).to.deep.equal(["done", "done", "done"]);
    expect(done.archive?.resultLines).to.deep.equal([
      "Articles read: 12 English, 10 Arabic.", "Files that could not be read: 1 English, 0 Arabic (each with its reason on the archive's page).",
      "Pairs waiting for review: 7; pairs confirmed: 2.", "Documents made: 2.",
    ]);
    expect(done.result, "no raw keys beside the sentences").to.deep.equal([]);
    expect(archiveResultLines(ar, summary)[0]).to.equal("المقالات المقروءة: ١٢ بالإنجليزية، و١٠ بالعربية.");
    expect(archiveResultLines(en, { ...summary, unreadable: { en: 0, ar: 0 } })[1]).to.equal("Every file was read.");
    expect(archiveResultLines(en, { documents: 3 }), "not an archive's result").to.deep.equal([]);

    const failed = store.createJob({ kind: "archive-documents", params: { archiveId }, createdBy: "ed" });
    store.finishJob(failed, "failed", { code: "step-crashed", params: {} });
    expect(jobView(store, failed, editor, en).archive?.whatToDo).to.deep.include({ href: `/archives/${archiveId}`, link: "Open the archive" });
    const failedImport = store.createJob({ kind: "archive", params: { archiveId }, createdBy: "ed" });
    store.finishJob(failedImport, "failed", { code: "step-crashed", params: {} });
    expect(jobView(store, failedImport, editor, ar).archive?.whatToDo).to.deep.include({ href: "/archives/new", link: "استيراد أرشيفات" });
    expect(jobView(store, failedImport, editor, en).archive?.whatToDo?.text).to.match(/^What was read and paired before the error is kept\./u);
    store.close();
  });
});
