/**
 * Starting an archive import on a real database file: the archive and its queued job in one
 * transaction, the files' bytes in job_files, the params (archive, confirmAbove, the inputs'
 * SHA-256); the hash changes with any byte, the editions' order or any option that matters; each
 * bad option and a missing file refused with its own code, nothing stored.
 */
import { expect } from "chai";
import { openSqliteStore } from "../../server/store/sqlite-store.js";
import { archiveInputHash, startArchiveImport, type ArchiveOptions } from "../../server/services/archive-start.js";
import { BadRequestError } from "../../server/services/errors.js";
import { startArchiveDocuments } from "../../server/services/archive-start.js";
import { NotFoundError } from "../../server/store/conflict-error.js";
import { tempDbPath } from "../helpers/temp.js";

const file = (name: string, text: string) => ({ name, bytes: new Uint8Array(Buffer.from(text, "utf8")) });
const FILES = { en: file("en.jsonl", '{"id":"a","date":"2019-03-04","title":"A","paragraphs":["One."]}\n'), ar: file("ar.jsonl", '{"id":"b","date":"2019-03-04","title":"ب","paragraphs":["واحد."]}\n') };
const OPTIONS: ArchiveOptions = { name: " Wire 2019 ", windowDays: 7, threshold: 0.56, confirmAbove: 0.9, user: "ed" };

describe("services/archive-start (real database file)", () => {
  it("creates the archive and its queued job with the files and the inputs' hash", () => {
    const store = openSqliteStore(tempDbPath());
    const { archiveId, jobId, inputHash } = startArchiveImport(store, FILES, OPTIONS);
    expect(store.getArchive(archiveId)).to.include({ name: "Wire 2019", windowDays: 7, threshold: 0.56, createdBy: "ed", jobId });
    expect(store.getJob(jobId)).to.deep.include({ kind: "archive", state: "queued", createdBy: "ed", params: { archiveId, confirmAbove: 0.9, inputHash } });
    expect(Buffer.from(store.jobFile(jobId, "ar")?.bytes ?? []).toString("utf8")).to.include("واحد.");
    expect(store.jobFile(jobId, "en")?.name).to.equal("en.jsonl");
    expect(inputHash).to.match(/^[0-9a-f]{64}$/u);
    expect(store.findArchiveJob(inputHash)).to.deep.equal({ id: jobId, state: "queued" });
    store.close();
  });

  it("hashes both files' bytes and every option that changes the outcome", () => {
    const base = archiveInputHash(FILES, OPTIONS);
    expect(archiveInputHash(FILES, { ...OPTIONS })).to.equal(base);
    expect(archiveInputHash({ en: FILES.ar, ar: FILES.en }, OPTIONS), "editions swapped").to.not.equal(base);
    expect(archiveInputHash({ ...FILES, ar: file("ar.jsonl", "x") }, OPTIONS)).to.not.equal(base);
    for (const changed of [{ windowDays: 3 }, { threshold: 0.6 }, { confirmAbove: null }, { name: "Other" }, { lexicon: false }]) {
      expect(archiveInputHash(FILES, { ...OPTIONS, ...changed }), JSON.stringify(changed)).to.not.equal(base);
    }
  });

  it("queues at most one documents job per archive, none while its archive job still runs", () => {
    const store = openSqliteStore(tempDbPath());
    const { archiveId, jobId } = startArchiveImport(store, FILES, OPTIONS);
    expect(startArchiveDocuments(store, archiveId, "rev"), "the archive job's own stage makes them").to.deep.equal({ jobId, started: false });
    store.finishJob(jobId, "done", {});
    const first = startArchiveDocuments(store, archiveId, "rev");
    expect(first.started).to.equal(true);
    expect(store.getJob(first.jobId)).to.deep.include({ kind: "archive-documents", state: "queued", createdBy: "rev", params: { archiveId } });
    expect(startArchiveDocuments(store, archiveId, "other")).to.deep.equal({ jobId: first.jobId, started: false });
    store.finishJob(first.jobId, "done", {});
    expect(startArchiveDocuments(store, archiveId, "rev").started, "a new one once the last has finished").to.equal(true);
    expect(() => startArchiveDocuments(store, archiveId + 1, "rev")).to.throw(NotFoundError);
    store.close();
  });

  const refusals: [string, Partial<ArchiveOptions> | null, string][] = [
    ["an empty name", { name: "  " }, "archive-name-empty"],
    ["a name too long", { name: "x".repeat(201) }, "archive-name-too-long"],
    ["a window of part of a day", { windowDays: 1.5 }, "archive-bad-window"],
    ["a window over a year", { windowDays: 367 }, "archive-bad-window"],
    ["a threshold above 1", { threshold: 1.2 }, "archive-bad-threshold"],
    ["a threshold that is no number", { threshold: Number.NaN }, "archive-bad-threshold"],
    ["a negative confirm score", { confirmAbove: -0.1 }, "archive-bad-confirm-above"],
    ["a missing file", null, "archive-files-missing"],
  ];
  for (const [what, change, code] of refusals) {
    it(`refuses ${what} (${code}), storing nothing`, () => {
      const store = openSqliteStore(tempDbPath());
      const files = change === null ? { en: FILES.en, ar: file("ar.zip", "") } : FILES;
      expect(() => startArchiveImport(store, files, { ...OPTIONS, ...(change ?? {}) })).to.throw(BadRequestError).with.property("reason", code);
      expect((store.db.prepare("SELECT (SELECT COUNT(*) FROM archives) + (SELECT COUNT(*) FROM jobs) AS n").get() as { n: number }).n).to.equal(0);
      store.close();
    });
  }
});
