/**
 * Importing from the browser (real server on loopback, real database file): a refused pasted
 * edition is named in the interface language (pasted text has no file name to show), and nothing
 * is stored. The form's POST opens a preview and stores nothing; only "Save" (CSRF-checked, by
 * the preview's owner, before it expires) stores the document, once, with the dates typed on the
 * form; bad dates are refused in the reader's language with the form filled in again.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import { openStore } from "../../server/store/open-store.js";
import type { Client } from "../helpers/client.js";

describe("routes/import: pasted editions refused in the reader's language (real server)", () => {
  let server: TestServer;
  let translator: Client;
  before(async () => {
    server = await startServer({ sample: false });
    translator = await server.as("translator");
  });
  after(() => server.stop());

  it("names an empty pasted edition as pasted text, in Arabic, with no English word", async () => {
    await translator.get("/import?lang=ar");
    const res = await translator.postForm("/import", { enText: "", arText: "قال المتحدث إن المحادثات ستستمر." });
    expect(res.status).to.equal(400);
    expect(res.body_).to.include("الملف (النص الملصق) للنسخة الإنجليزية فارغ.");
    expect(res.body_).to.not.include("English file").and.not.include("الملف English");
    expect(server.store.countDocuments()).to.equal(0);
  });

  it("names both pasted editions of a swapped pair the same way, and in English in the English interface", async () => {
    await translator.get("/import?lang=en");
    const res = await translator.postForm("/import", { enText: "نص عربي فقط", arText: "English only" });
    expect(res.status).to.equal(400);
    expect(res.body_).to.include("The two files look swapped: (pasted text) is in Arabic and (pasted text) is in English.");
    expect(server.store.countDocuments()).to.equal(0);
  });
});

const EN_TEXT = "Talks resume in Homs\nThe talks resumed on Monday, officials said.\nBoth sides agreed to meet again next week.";
const AR_TEXT = "استئناف المحادثات في حمص\nاستؤنفت المحادثات يوم الاثنين، وفق ما قال مسؤولون.\nواتفق الطرفان على الاجتماع مجددًا الأسبوع المقبل.";
const pendingOf = (location: string | null) => /^\/import\/preview\/([A-Za-z0-9_-]+)$/u.exec(location ?? "")?.[1] ?? "";

describe("routes/import: preview, then save (real server)", () => {
  let server: TestServer;
  let translator: Client;
  let editor: Client;
  before(async () => {
    server = await startServer({ sample: false });
    translator = await server.as("translator");
    editor = await server.as("copy-editor");
  });
  after(() => server.stop());

  async function preview(client: Client, fields: Record<string, string> = {}): Promise<string> {
    await client.get("/import?lang=en");
    const res = await client.postForm("/import", { title: "Homs talks", enText: EN_TEXT, arText: AR_TEXT, enDate: "2024-03-05", ...fields });
    expect(res.status, res.body_).to.equal(303);
    const id = pendingOf(res.headers.get("location"));
    expect(id).to.have.length.above(16);
    return id;
  }

  it("shows the preview with both editions numbered and the dates, storing nothing; Save stores it once", async () => {
    const id = await preview(translator);
    expect(server.store.countDocuments()).to.equal(0);
    const page = await translator.get(`/import/preview/${id}`);
    expect(page.status).to.equal(200);
    expect(page.body_).to.include("Check the import before saving");
    expect(page.body_.match(/<li class="preview-paragraph/gu)?.length).to.equal(6);
    expect(page.body_).to.include("3 paragraphs");
    expect(page.body_).to.include('<time datetime="2024-03-05">5 Mar 2024</time> · <span class="date-source">as typed on the form</span>');
    expect(page.body_).to.include("none given and none found in the file");
    expect(page.body_).to.include(`name="pending" value="${id}"`);

    const saved = await translator.postForm("/import/save", { pending: id });
    expect(saved.status).to.equal(303);
    const documentId = Number(/^\/documents\/(\d+)$/u.exec(saved.headers.get("location") ?? "")?.[1]);
    expect(server.store.getDocument(documentId)).to.deep.include({ title: "Homs talks", publishedEn: "2024-03-05", publishedAr: null });
    expect(server.store.getParagraphs(documentId, "ar").map((p) => p.text)).to.deep.equal(AR_TEXT.split("\n"));

    const again = await translator.postForm("/import/save", { pending: id });
    expect(again.status).to.equal(303);
    expect(again.headers.get("location")).to.equal(`/documents/${documentId}`);
    expect(server.store.countDocuments()).to.equal(1);
    expect((await translator.get(`/import/preview/${id}`)).body_).to.include("This import has been saved already.");
  });

  it("refuses a Save without the CSRF token", async () => {
    const id = await preview(translator);
    const before = server.store.countDocuments();
    const res = await translator.postForm("/import/save", { pending: id }, { csrf: false });
    expect(res.status).to.equal(403);
    expect(server.store.countDocuments()).to.equal(before);
  });

  it("lets only the owner see or save a preview, in the reader's language", async () => {
    const id = await preview(translator);
    const before = server.store.countDocuments();
    await editor.get("/import?lang=en");
    const seen = await editor.get(`/import/preview/${id}`);
    expect(seen.status).to.equal(403);
    expect(seen.body_).to.include("This import preview belongs to someone else").and.not.include("Talks resume in Homs");
    await editor.get("/import?lang=ar");
    const saved = await editor.postForm("/import/save", { pending: id });
    expect(saved.status).to.equal(403);
    expect(saved.body_).to.include("معاينة الاستيراد هذه تخص مستخدمًا آخر");
    expect(server.store.countDocuments()).to.equal(before);
    await editor.get("/import?lang=en");
  });

  it("refuses an expired preview with a clear message, in English and in Arabic", async () => {
    const id = await preview(translator);
    const before = server.store.countDocuments();
    // Another connection to the same database file, as another instance of the app would have.
    const other = openStore(server.dbPath);
    other.db.prepare("UPDATE pending_imports SET expires_at = ? WHERE id = ?").run(new Date(Date.now() - 1000).toISOString(), id);
    other.close();
    const res = await translator.postForm("/import/save", { pending: id });
    expect(res.status).to.equal(410);
    expect(res.body_).to.include("This import preview has expired");
    await translator.get("/import?lang=ar");
    const page = await translator.get(`/import/preview/${id}`);
    expect(page.status).to.equal(410);
    expect(page.body_).to.include("انتهت صلاحية معاينة الاستيراد هذه");
    expect((await translator.postForm("/import/save", { pending: "no-such-preview-anywhere" })).status).to.equal(404);
    expect(server.store.countDocuments()).to.equal(before);
    await translator.get("/import?lang=en");
  });

  for (const [lang, date, message] of [
    ["en", "2024-02-30", "The publication date of the English edition is not a date."],
    ["ar", "2024-02-30", "تاريخ نشر النسخة الإنجليزية ليس تاريخًا صحيحًا."],
    ["en", "2999-01-01", "The publication date of the English edition is too far ahead"],
    ["ar", "2999-01-01", "تاريخ نشر النسخة الإنجليزية بعيد جدًا في المستقبل"],
    ["en", "5 March", "The publication date of the English edition is not a date."],
  ] as const) {
    it(`refuses the date ${date} in ${lang === "en" ? "English" : "Arabic"}, showing the form again as it was`, async () => {
      const before = (server.store as ReturnType<typeof openStore>).db.prepare("SELECT COUNT(*) AS n FROM pending_imports").get() as { n: number };
      await translator.get(`/import?lang=${lang}`);
      const res = await translator.postForm("/import", { title: "Homs talks", enText: EN_TEXT, arText: AR_TEXT, enDate: date, arDate: "2024-03-06" });
      expect(res.status).to.equal(400);
      expect(res.body_).to.include(message);
      expect(res.body_).to.include(`name="enDate" value="${date}"`).and.include('name="arDate" value="2024-03-06"');
      const after = (server.store as ReturnType<typeof openStore>).db.prepare("SELECT COUNT(*) AS n FROM pending_imports").get() as { n: number };
      expect(after.n, "nothing kept").to.equal(before.n);
      await translator.get("/import?lang=en");
    });
  }

  it("stores at once through the API, with the typed date, and answers where each date came from", async () => {
    await translator.get("/import?lang=en");
    const res = await translator.upload("/api/import", { title: "API import", arDate: "2024-03-07" }, {
      enFile: { bytes: Buffer.from(`<html><head><meta name="date" content="2024-03-08"></head><body><p>${EN_TEXT.split("\n").join("</p><p>")}</p></body></html>`), filename: "en.html" },
      arFile: { bytes: Buffer.from(AR_TEXT), filename: "ar.txt" },
    });
    expect(res.status, JSON.stringify(res.data)).to.equal(201);
    expect(res.data.published).to.deep.equal({ en: { date: "2024-03-08", source: { kind: "meta", key: "date" } }, ar: { date: "2024-03-07", source: { kind: "form" } } });
    expect(server.store.getDocument(res.data.id as number)).to.deep.include({ publishedEn: "2024-03-08", publishedAr: "2024-03-07" });
    const refused = await translator.upload("/api/import", { arDate: "2024-13-01" }, { enFile: { bytes: Buffer.from(EN_TEXT), filename: "en.txt" }, arFile: { bytes: Buffer.from(AR_TEXT), filename: "ar.txt" } });
    expect(refused.status).to.equal(400);
    expect(refused.data.error).to.equal("bad-date");
  });
});

