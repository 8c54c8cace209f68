/**
 * The archive upload form through a real server with a real database file: offered to those who
 * may import (CSRF-protected, both file inputs and the options, in both languages); a good upload
 * stores the archive and queues its job with both files and the options, and sends the browser to
 * the job's page; a forged token, a viewer, a missing file and bad options are refused with
 * nothing stored (the form again with the message in the interface language), and the server
 * stays up.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import { AR, EN } from "../helpers/made-up-archive.js";
import { archiveZip } from "../helpers/archive-files.js";

const FIELDS = { name: "Made-up wire", windowDays: "7", threshold: "0.56", confirmAbove: "" };
const FILES = () => {
  const en = archiveZip("en", EN);
  const ar = archiveZip("ar", AR);
  return { enFile: { bytes: en.bytes, filename: en.name }, arFile: { bytes: ar.bytes, filename: ar.name } };
};

describe("archive upload form (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let editor: Client;
  const jobs = () => (server.store as unknown as { db: { prepare(sql: string): { get(): { n: number } } } }).db.prepare("SELECT COUNT(*) AS n FROM jobs").get().n;

  before(async () => {
    server = await startServer({ sample: false });
    editor = await server.as("translator");
  });
  after(async () => {
    await server.stop();
  });

  it("offers a CSRF-protected form with both files and the pairing's options, in English and Arabic", async () => {
    expect((await editor.get("/import?lang=en")).body_, "linked from the import page").to.include('href="/archives/new"');
    const page = await editor.get("/archives/new?lang=en");
    expect(page.status).to.equal(200);
    expect(page.body_).to.include('enctype="multipart/form-data"').and.include('name="enFile"').and.include('name="arFile"')
      .and.include('name="windowDays"').and.include('name="threshold"').and.include('name="confirmAbove"').and.match(/name="_csrf" value="[^"]+"/u);
    expect(page.body_).to.include("Import an archive");
    const arabic = await editor.get("/archives/new?lang=ar");
    expect(arabic.body_).to.include("استيراد أرشيف").and.include("الأرشيف العربي");
  });

  it("stores the archive, queues its job with both files and the options, and goes to the job's page", async () => {
    await editor.get("/archives/new?lang=en");
    const res = await editor.uploadForm("/archives/new", { ...FIELDS, confirmAbove: "0.8" }, FILES());
    expect(res.status, res.body_).to.equal(303);
    const jobId = Number(/^\/jobs\/(\d+)$/u.exec(res.headers.get("location") ?? "")?.[1]);
    const job = server.store.getJob(jobId);
    expect(job).to.deep.include({ kind: "archive", createdBy: "translator" });
    const params = job?.params as { archiveId: number; confirmAbove: number; inputHash: string };
    expect(params.confirmAbove).to.equal(0.8);
    expect(server.store.getArchive(params.archiveId)).to.include({ name: "Made-up wire", windowDays: 7, threshold: 0.56, createdBy: "translator", jobId });
    expect(server.store.jobFile(jobId, "en")?.name).to.equal("en.zip");
    expect(server.store.jobFile(jobId, "ar")?.bytes.byteLength).to.equal(FILES().arFile.bytes.byteLength);
    expect(server.store.listAudit({ action: "archive-create" }).map((e) => e.user)).to.include("translator");
  });

  it("refuses a forged CSRF token and a viewer, storing nothing", async () => {
    const before = jobs();
    await editor.get("/archives/new");
    const forged = await editor.uploadForm("/archives/new", { ...FIELDS, _csrf: "forged" }, FILES());
    expect(forged.status).to.equal(403);
    const viewer = await server.as("viewer");
    expect((await viewer.get("/archives/new")).status).to.equal(403);
    const tried = await viewer.uploadForm("/archives/new", FIELDS, FILES());
    expect(tried.status).to.equal(403);
    expect(jobs()).to.equal(before);
  });

  const refusals: [string, Record<string, string>, boolean, string, string][] = [
    ["a missing Arabic file", FIELDS, false, "en", "Choose an archive file for each edition"],
    ["a threshold above 1", { ...FIELDS, threshold: "3" }, true, "en", "The pairing threshold is a number from 0 to 1."],
    ["a window that is no number", { ...FIELDS, windowDays: "week" }, true, "ar", "نافذة التاريخ عدد صحيح"],
    ["no name", { ...FIELDS, name: "" }, true, "ar", "يحتاج الأرشيف إلى اسم."],
  ];
  for (const [what, fields, both, lang, message] of refusals) {
    it(`refuses ${what} with the form again and the message in ${lang}, storing nothing`, async () => {
      const before = jobs();
      await editor.get(`/archives/new?lang=${lang}`);
      const files = FILES();
      const res = await editor.uploadForm("/archives/new", fields, both ? files : { enFile: files.enFile });
      expect(res.status).to.equal(400);
      expect(res.body_).to.include(message).and.include('role="alert"').and.include('action="/archives/new"');
      expect(jobs()).to.equal(before);
    });
  }

  it("shows what was typed as text, never as markup", async () => {
    await editor.get("/archives/new?lang=en");
    const res = await editor.uploadForm("/archives/new", { ...FIELDS, name: '"><script>alert(1)</script>', threshold: "9" }, FILES());
    expect(res.status).to.equal(400);
    expect(res.body_).to.not.include("<script>alert(1)</script>");
    expect(res.body_).to.include("&quot;&gt;&lt;script&gt;");
    expect((await editor.get("/healthz")).status).to.equal(200);
  });
});
