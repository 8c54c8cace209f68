/**
 * The pairing review pages through a real server on a loopback port (the archive seeded with plain
 * SQL into its real database file): the list and an archive's pairs with titles in their own
 * direction, evidence in words and imported markup shown as text, in English and in Arabic; who may
 * decide (a viewer sees no buttons and is refused with 403), CSRF on every decision, 409 for a
 * stale one, the bulk form, the unpaired lists, the re-pair page's search and "pair with this",
 * each decision in the audit log in words, the documents job queued, and a confirmed pair's link to its document.
 * Then the whole flow as a user meets it, on the server's own job runner: two archives uploaded,
 * the job's page saying its result in words (both languages) and linking the review, the archive's
 * page listing the files that could not be read one by one, and a rejected pair's document moved
 * to Recently deleted (a viewer refused), a new one made when the pair is confirmed again.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";
import { openStore } from "../../server/store/open-store.js";
import { seedArchive, type SeededArchive } from "../helpers/archive-review-data.js";
import { AR, EN } from "../helpers/made-up-archive.js";
import { archiveZip } from "../helpers/archive-files.js";

describe("archive review pages (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let translator: Client;
  let viewer: Client;
  let admin: Client;
  let seeded: SeededArchive;

  beforeEach(async () => {
    server = await startServer();
    const seeding = openStore(server.dbPath);
    seeded = seedArchive(seeding.db);
    seeding.close();
    [translator, viewer, admin] = await Promise.all([server.as("translator"), server.as("viewer"), server.as("admin")]);
  });
  afterEach(async () => {
    await server.stop();
  });

  const pairRow = (body: string, id: number): string => /<tr id="pair-\d+"[^]*?<\/tr>/gu.exec(body.slice(body.indexOf(`<tr id="pair-${id}"`)))?.[0] ?? "";

  it("lists archives and shows an archive's pairs by score, titles in their direction, imported markup as text", async () => {
    const list = await viewer.get("/archives");
    expect(list.status).to.equal(200);
    expect(list.body_).to.include(`href="/archives/${seeded.archiveId}"`).and.include("Spring 2024").and.include("3 proposed, 0 confirmed, 0 rejected, 0 paired by hand");
    expect(list.body_).to.include('href="/archives"');

    const page = await translator.get(`/archives/${seeded.archiveId}`);
    expect(page.status).to.equal(200);
    const order = [...page.body_.matchAll(/<tr id="pair-(\d+)"/gu)].map((m) => Number(m[1]));
    expect(order).to.deep.equal(seeded.pairIds);
    const first = pairRow(page.body_, seeded.pairIds[0]!);
    expect(first).to.include('<div lang="en" dir="ltr" class="article-title">Ceasefire talks resume in Cairo</div>');
    expect(first).to.include('<div lang="ar" dir="rtl" class="article-title">استئناف محادثات وقف إطلاق النار في القاهرة</div>');
    expect(first).to.include("0.91").and.include("Shared names: Cairo").and.include("The alignment covers 82 % of the English and 77 % of the Arabic");
    expect(first).to.include('value="confirm"').and.include(`name="pair" value="${seeded.pairIds[0]}:1"`);
    expect(page.body_).to.include(`action="/archives/${seeded.archiveId}/pairs"`);

    const viewed = await viewer.get(`/archives/${seeded.archiveId}`);
    expect(viewed.body_).to.include("Ceasefire talks resume in Cairo").and.not.include('value="confirm"');

    const arabic = await translator.get(`/archives/${seeded.archiveId}?lang=ar`);
    expect(arabic.body_).to.include("أسماء مشتركة: Cairo").and.include("تأكيد الأزواج المحدَّدة");

    const unpaired = await viewer.get(`/archives/${seeded.archiveId}/unpaired?edition=en`);
    expect(unpaired.status).to.equal(200);
    expect(unpaired.body_, "an imported title is text").to.include("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;").and.not.include("<script>alert(1)");
    expect(unpaired.body_).to.include("Museum reopens its doors").and.not.include("Floods hit Basra");
    expect(unpaired.body_, "a viewer is not offered a re-pair").to.not.include("/repair?");
    const unpairedAr = await translator.get(`/archives/${seeded.archiveId}/unpaired?edition=ar`);
    expect(unpairedAr.body_).to.include('<div lang="ar" dir="rtl" class="article-title">إقرار الميزانية بعد اثنتي عشرة ساعة</div>').and.include("/repair?ar&#x3D;ar-3");

    expect((await viewer.get("/archives/999")).status).to.equal(404);
    expect((await viewer.get("/archives/new-thing")).status).to.equal(404);
    expect((await viewer.get(`/archives/${seeded.archiveId}/unpaired?edition=fr`)).status).to.equal(400);
  });

  it("confirms and rejects with CSRF, refuses a viewer (403) and a stale decision (409), and audits each in words", async () => {
    const [p1, p2] = seeded.pairIds as [number, number];
    await translator.get(`/archives/${seeded.archiveId}`);
    expect((await translator.postForm(`/archives/${seeded.archiveId}/pairs/${p1}`, { decision: "confirm", version: "1" }, { csrf: false })).status).to.equal(403);
    await viewer.get(`/archives/${seeded.archiveId}`);
    expect((await viewer.postForm(`/archives/${seeded.archiveId}/pairs/${p1}`, { decision: "confirm", version: "1" })).status).to.equal(403);
    expect(server.store.getArchivePair(seeded.archiveId, p1)?.status).to.equal("proposed");

    const confirmed = await translator.postForm(`/archives/${seeded.archiveId}/pairs/${p1}`, { decision: "confirm", version: "1", status: "all" });
    expect(confirmed.status).to.equal(303);
    expect(confirmed.headers.get("location")).to.equal(`/archives/${seeded.archiveId}?status=all#pair-${p1}`);
    expect(server.store.getArchivePair(seeded.archiveId, p1)).to.deep.include({ status: "confirmed", decidedBy: "translator" });

    const stale = await translator.postForm(`/archives/${seeded.archiveId}/pairs/${p1}`, { decision: "reject", version: "1" });
    expect(stale.status).to.equal(409);
    expect(server.store.getArchivePair(seeded.archiveId, p1)?.status).to.equal("confirmed");
    const staleJson = await translator.json("POST", `/archives/${seeded.archiveId}/pairs/${p1}`, { decision: "reject", version: 1 });
    expect(staleJson.status).to.equal(409);
    expect(staleJson.data.error).to.equal("conflict");

    await translator.get(`/archives/${seeded.archiveId}`);
    expect((await translator.postForm(`/archives/${seeded.archiveId}/pairs/${p2}`, { decision: "reject", version: "1" })).status).to.equal(303);
    expect((await translator.postForm(`/archives/${seeded.archiveId}/pairs/${p2}`, { decision: "maybe", version: "2" })).status).to.equal(400);

    const page = await translator.get(`/archives/${seeded.archiveId}`);
    expect(pairRow(page.body_, p1)).to.include("Confirmed").and.include("Its document is being made");
    expect(pairRow(page.body_, p2)).to.include("Rejected");
    expect(server.store.listAudit({ action: "archive-confirm" })).to.have.length(1);

    // Once the documents job has made its document (another slice's; here its one write), the pair links to it.
    const documentId = server.store.listDocuments()[0]!.id;
    const writing = openStore(server.dbPath);
    writing.db.prepare("UPDATE archive_pairs SET document_id = ? WHERE id = ?").run(documentId, p1);
    writing.close();
    const linked = pairRow((await viewer.get(`/archives/${seeded.archiveId}?status=confirmed`)).body_, p1);
    expect(linked).to.include(`<a class="pair-document" href="/documents/${documentId}">Open its document</a>`).and.not.include("being made");

    const audit = await admin.get("/audit?action=archive-confirm");
    expect(audit.body_).to.include("Archive pair confirmed").and.include("Pair “Ceasefire talks resume in Cairo” and “استئناف محادثات وقف إطلاق النار في القاهرة” of archive");
    const auditAr = await admin.get("/audit?action=archive-reject&lang=ar");
    expect(auditAr.body_).to.include("رفض زوج من أرشيف").and.include("رفض الزوج");
  });

  it("decides the ticked pairs at once and says how many were left as they were", async () => {
    const [p1, p2, p3] = seeded.pairIds as [number, number, number];
    await translator.get(`/archives/${seeded.archiveId}`);
    const res = await translator.postForm(`/archives/${seeded.archiveId}/pairs`, { decision: "confirm", status: "proposed", pair: [`${p1}:1`, `${p2}:1`, `${p3}:9`] });
    expect(res.status).to.equal(303);
    expect(res.headers.get("location")).to.equal(`/archives/${seeded.archiveId}?status=proposed&decided=2&stale=1`);
    expect([p1, p2, p3].map((id) => server.store.getArchivePair(seeded.archiveId, id)?.status)).to.deep.equal(["confirmed", "confirmed", "proposed"]);
    const page = await translator.get(res.headers.get("location") ?? "");
    expect(page.body_).to.include("2 pairs decided; 1 pair left as they were");
    expect([...page.body_.matchAll(/<tr id="pair-(\d+)"/gu)].map((m) => Number(m[1]))).to.deep.equal([p3]);
  });

  it("re-pairs by hand from the search of the other edition, the old pairs rejected", async () => {
    const page = await translator.get(`/archives/${seeded.archiveId}/repair?en=en-3&q=${encodeURIComponent("الميزانيه")}`);
    expect(page.status).to.equal(200);
    expect(page.body_).to.include('<p lang="en" dir="ltr" class="article-title">Budget approved after twelve hours</p>');
    expect(page.body_).to.include("Proposed now with:");
    const candidates = [...page.body_.matchAll(/<tr class="repair-candidate" data-article="([^"]+)"/gu)].map((m) => m[1]);
    expect(candidates).to.deep.equal(["ar-3", "ar-4"]);
    expect((await viewer.get(`/archives/${seeded.archiveId}/repair?en=en-3`)).status).to.equal(403);

    expect((await translator.postForm(`/archives/${seeded.archiveId}/repair`, { edition: "en", article: "en-3", with: "ar-3" }, { csrf: false })).status).to.equal(403);
    const made = await translator.postForm(`/archives/${seeded.archiveId}/repair`, { edition: "en", article: "en-3", with: "ar-3" });
    expect(made.status).to.equal(303);
    expect(made.headers.get("location")).to.match(new RegExp(`^/archives/${seeded.archiveId}\\?status=manual#pair-\\d+$`, "u"));
    expect(server.store.liveArchivePair(seeded.archiveId, "en", "en-3")).to.deep.include({ origin: "manual", status: "confirmed" });
    expect(server.store.getArchivePair(seeded.archiveId, seeded.pairIds[2]!)?.status).to.equal("rejected");
    const unpaired = await translator.get(`/archives/${seeded.archiveId}/unpaired?edition=ar`);
    expect(unpaired.body_).to.include("الميزانية: أسئلة بلا أجوبة").and.not.include("إقرار الميزانية بعد اثنتي عشرة ساعة");
    // Its state is the job runner's business (the documents kind is archflow's): one job, for this archive.
    expect(server.store.listJobs({ limit: 10 }).map((j) => [j.kind, j.params, j.createdBy])).to.deep.equal([["archive-documents", { archiveId: seeded.archiveId }, "translator"]]);
    expect((await translator.postForm(`/archives/${seeded.archiveId}/repair`, { edition: "en", article: "en-3", with: "ar-404" })).status).to.equal(404);
  });
});

describe("archive flow for a user: upload → job page → review (real server, its job runner)", function () {
  this.timeout(180000);
  let server: TestServer;
  let translator: Client;
  let viewer: Client;
  let admin: Client;
  let jobId: number;
  let archiveId: number;

  const GLOSSARY = [
    ["parliament", "برلمان"], ["budget", "ميزانية"], ["schools", "مدرسة"], ["minister", "وزير"], ["debate", "نقاش"], ["vote", "تصويت"],
    ["rain", "مطر"], ["homes", "منزل"], ["families", "عائلة"], ["city", "مدينة"], ["floods", "فيضان"], ["rescue", "إنقاذ"],
  ].map(([en, ar]) => ({ en: en as string, ar: ar as string, kind: "term", note: "" }));

  /** Until the job has ended (the server's own runner runs it), at most a minute. */
  async function ended(id: number): Promise<string> {
    for (let k = 0; k < 600; k += 1) {
      const state = server.store.getJob(id)?.state;
      if (state === "done" || state === "failed" || state === "cancelled") return state;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${id} did not end`);
  }

  before(async () => {
    server = await startServer({ sample: false });
    server.store.upsertGlossary(GLOSSARY);
    [translator, viewer, admin] = await Promise.all([server.as("translator"), server.as("viewer"), server.as("admin")]);
    await translator.get("/archives/new");
    // Two bad lines in the English listing and a missing file in the Arabic: three files that cannot be read.
    const en = archiveZip("en", EN, ["{not json", JSON.stringify({ id: "en-nodate", title: "<i>x</i>" })]);
    const ar = archiveZip("ar", AR, [JSON.stringify({ id: "ar-missing", date: "2019-03-04", title: "x" })]);
    const res = await translator.uploadForm("/archives/new", { name: "Wire <b>spring</b>", windowDays: "7", threshold: "0.56", confirmAbove: "" },
      { enFile: { bytes: en.bytes, filename: en.name }, arFile: { bytes: ar.bytes, filename: ar.name } });
    expect(res.status, res.body_).to.equal(303);
    jobId = Number(/^\/jobs\/(\d+)$/u.exec(res.headers.get("location") ?? "")?.[1]);
    archiveId = (server.store.getJob(jobId)?.params as { archiveId: number }).archiveId;
    expect(await ended(jobId)).to.equal("done");
  });
  after(async () => {
    await server.stop();
  });

  it("says the finished job's result in words, in English and Arabic, names its stages and links to the archive's review", async () => {
    const counts = server.store.archiveCounts(archiveId);
    expect(counts.fileErrors.en + counts.fileErrors.ar, "the listing's bad lines are files that could not be read").to.equal(3);
    expect(counts.pairs.proposed).to.be.greaterThan(0);
    const page = await translator.get(`/jobs/${jobId}?lang=en`);
    expect(page.status).to.equal(200);
    expect(page.body_).to.include(`Articles read: ${counts.articles.en} English, ${counts.articles.ar} Arabic.`)
      .and.include(`Files that could not be read: ${counts.fileErrors.en} English, ${counts.fileErrors.ar} Arabic`)
      .and.include(`Pairs waiting for review: ${counts.pairs.proposed}; pairs confirmed: 0.`)
      .and.include("Documents made: 0.");
    expect(page.body_, "no raw result keys").to.not.match(/<dt>(archiveId|articles|unreadable)<\/dt>/u);
    expect(page.body_).to.match(/Reading the files <span class="hint">\(done\)<\/span>[^]*Pairing the articles <span class="hint">\(done\)<\/span>[^]*Making documents <span class="hint">\(done\)<\/span>/u);
    expect(page.body_).to.include(`<a class="job-archive-link" href="/archives/${archiveId}">Review the pairs of “Wire &lt;b&gt;spring&lt;/b&gt;”</a>`);

    const arabic = await translator.get(`/jobs/${jobId}?lang=ar`);
    const ar = (n: number) => n.toLocaleString("ar-EG");
    expect(arabic.body_).to.include(`المقالات المقروءة: ${ar(counts.articles.en)} بالإنجليزية، و${ar(counts.articles.ar)} بالعربية.`)
      .and.include(`ملفات تعذّرت قراءتها: ${ar(counts.fileErrors.en)} بالإنجليزية، و${ar(counts.fileErrors.ar)} بالعربية`)
      .and.include("قراءة الملفات").and.include(`href="/archives/${archiveId}">راجِع أزواج «Wire &lt;b&gt;spring&lt;/b&gt;»</a>`);
    await translator.get("/jobs?lang=en");
  });

  it("lists the files that could not be read one by one with their reason, in the reader's language, and links the job", async () => {
    const page = await viewer.get(`/archives/${archiveId}`);
    expect(page.status).to.equal(200);
    const rows = [...page.body_.matchAll(/<tr class="file-error" data-edition="(en|ar)" data-code="([\w-]+)">([^]*?)<\/tr>/gu)];
    expect(rows.map((m) => `${m[1]}:${m[2]}`).sort()).to.deep.equal(server.store.listArchiveFileErrors(archiveId, null, 10).errors.map((e) => `${e.edition}:${e.code}`).sort());
    expect(page.body_).to.include("not a JSON line").and.include("no such file in the archive");
    expect(page.body_, "a viewer sees the job's state but no link to the jobs pages").to.include("Archive import, job").and.not.include(`href="/jobs/${jobId}"`);
    const own = await translator.get(`/archives/${archiveId}`);
    expect(own.body_).to.include(`<a class="archive-job-link" href="/jobs/${jobId}">Archive import, job ${jobId}: Done</a>`);
    const arabic = await viewer.get(`/archives/${archiveId}?lang=ar`);
    expect(arabic.body_).to.include("ملفات تعذّرت قراءتها").and.include("ليس سطر JSON").and.include("لا يوجد ملف بهذا الاسم في الأرشيف");
    await viewer.get("/archives?lang=en");
    const all = await viewer.get(`/archives/${archiveId}/errors`);
    expect(all.status).to.equal(200);
    expect([...all.body_.matchAll(/<tr class="file-error"/gu)]).to.have.length(3);
    expect((await viewer.get("/archives/999/errors")).status).to.equal(404);

    const list = await translator.get("/archives");
    expect(list.body_).to.include('<a href="/archives/new">Import archives</a>');
    expect((await viewer.get("/archives")).body_, "not offered to who may not import").to.not.include('href="/archives/new"');
  });

  it("rejecting a pair that became a document moves the document to Recently deleted, says so, and refuses a viewer", async () => {
    const [first] = server.store.listArchivePairs(archiveId, "proposed", null, 1).pairs;
    if (!first) throw new Error("no proposed pair");
    await translator.get(`/archives/${archiveId}`);
    expect((await translator.postForm(`/archives/${archiveId}/pairs/${first.id}`, { decision: "confirm", version: String(first.version) })).status).to.equal(303);
    const documentsJob = server.store.listJobs({ limit: 1 })[0]!;
    expect(documentsJob.kind).to.equal("archive-documents");
    expect(await ended(documentsJob.id)).to.equal("done");
    const made = server.store.getArchivePair(archiveId, first.id)!;
    expect(made.documentId).to.be.a("number");
    const documentId = made.documentId!;
    const documentsJobPage = await translator.get(`/jobs/${documentsJob.id}`);
    expect(documentsJobPage.body_).to.include("Documents made: 1.").and.include(`href="/archives/${archiveId}"`);

    const page = await translator.get(`/archives/${archiveId}?status=confirmed`);
    expect(page.body_).to.include("Rejecting this pair moves its document to Recently deleted (an administrator can restore it for 30 days).");

    await viewer.get(`/archives/${archiveId}`);
    expect((await viewer.postForm(`/archives/${archiveId}/pairs/${first.id}`, { decision: "reject", version: String(made.version) })).status).to.equal(403);
    expect(server.store.getDocument(documentId), "a viewer's refusal leaves the document").to.not.equal(null);

    const rejected = await translator.postForm(`/archives/${archiveId}/pairs/${first.id}`, { decision: "reject", version: String(made.version), status: "all" });
    expect(rejected.status).to.equal(303);
    expect(rejected.headers.get("location")).to.equal(`/archives/${archiveId}?status=all&deleted=1#pair-${first.id}`);
    expect(server.store.getDocument(documentId), "gone from the corpus").to.equal(null);
    expect(server.store.getArchivePair(archiveId, first.id)).to.deep.include({ status: "rejected", documentId: null });
    expect((await translator.get(`/documents/${documentId}`)).status).to.equal(404);
    const said = await translator.get(rejected.headers.get("location") ?? "");
    expect(said.body_).to.include("The rejected pairs&#x27; documents (1 document) moved to Recently deleted");
    const saidAr = await translator.get(`/archives/${archiveId}?status=all&deleted=1&lang=ar`);
    expect(saidAr.body_).to.include("نُقلت مستندات الأزواج المرفوضة").and.include("«المحذوفة حديثًا»");
    await translator.get("/archives?lang=en");

    const deleted = await admin.get("/deleted");
    expect(deleted.body_).to.include(`<tr data-document="${documentId}">`).and.include(`action="/deleted/${documentId}/restore"`);
    expect(server.store.listAudit({ action: "delete-document" }).map((e) => e.user)).to.deep.equal(["translator"]);
    expect(server.store.listAudit({ action: "archive-reject" })).to.have.length(1);

    // Confirmed again, the pair waits for a new document (the old one stays in Recently deleted).
    const again = server.store.getArchivePair(archiveId, first.id)!;
    expect((await translator.postForm(`/archives/${archiveId}/pairs/${first.id}`, { decision: "confirm", version: String(again.version) })).status).to.equal(303);
    const remade = server.store.listJobs({ limit: 1 })[0]!;
    expect(await ended(remade.id)).to.equal("done");
    const renewed = server.store.getArchivePair(archiveId, first.id)!;
    expect(renewed.documentId).to.be.a("number").and.not.equal(documentId);
    expect(server.store.getDeletedDocument(documentId)).to.not.equal(null);
  });
});
