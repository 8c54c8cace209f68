/**
 * The TMX/XLIFF import page through a real server (the work runs in its worker pool): a good file
 * becomes documents the result page links to, with confirmed pairs; every refusal (malformed,
 * entities, lying about its languages or encoding, other languages, too large, no file) is the form
 * again with the message in the interface language and nothing stored; a viewer may not import.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
import type { Client } from "../helpers/client.js";

const TMX = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>${body}</body></tmx>`;
const TU = (en: string, ar: string, enLang = "en", arLang = "ar") =>
  `<tu><tuv xml:lang="${enLang}"><seg>${en}</seg></tuv><tuv xml:lang="${arLang}"><seg>${ar}</seg></tuv></tu>`;
const GOOD = TMX(TU("Talks resumed in Homs on Monday.", "استؤنفت المحادثات في حمص يوم الاثنين.") + TU("The crossing reopened.", "أعيد فتح المعبر."));
const bytes = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

describe("TMX/XLIFF import page (real server)", function () {
  this.timeout(120000);
  let server: TestServer;
  let editor: Client;

  before(async () => {
    server = await startServer({ sample: false });
    editor = await server.as("translator");
  });
  after(async () => {
    await server.stop();
  });

  it("is linked from the import page and offers a CSRF-protected upload form", async () => {
    expect((await editor.get("/import")).body_).to.include('href="/import/exchange"');
    const page = await editor.get("/import/exchange");
    expect(page.status).to.equal(200);
    expect(page.body_).to.include('enctype="multipart/form-data"').and.include('name="file"').and.match(/name="_csrf" value="[^"]+"/u);
  });

  it("imports a TMX file in the worker pool and links to the new document with its pairs confirmed", async () => {
    await editor.get("/import/exchange");
    const res = await editor.uploadForm("/import/exchange", { title: "Homs wire" }, { file: { bytes: bytes(GOOD), filename: "homs.tmx" } });
    expect(res.status).to.equal(200);
    const id = Number(/href="\/documents\/(\d+)"/u.exec(res.body_)?.[1]);
    expect(server.store.getDocument(id)?.title).to.equal("Homs wire");
    expect(res.body_).to.include("Imported 2 pairs");
    expect(server.store.getBeads(id).map((b) => b.status)).to.deep.equal(["confirmed", "confirmed"]);
    expect(server.store.listAudit({ documentId: id }).map((e) => [e.action, e.user])).to.deep.include(["import", "translator"]);
    expect((await editor.get(`/documents/${id}`)).body_).to.include("The crossing reopened.");
  });

  const refusals: [string, Uint8Array, string, string][] = [
    ["malformed XML", bytes(TMX(TU("a", "ب")).slice(0, -7)), "en", "is not well-formed XML (line"],
    ["entity declarations", bytes(`<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` + TMX(TU("&xxe;", "ب")).replace(/^<\?xml[^>]*>\n/u, "")), "en", "declares entities in its DOCTYPE"],
    ["sides that lie about their language", bytes(TMX(TU("استؤنفت المحادثات", "Talks resumed"))), "en", "is not English–Arabic"],
    ["an encoding that lies", bytes(`<?xml version="1.0" encoding="ISO-8859-1"?>` + TMX(TU("a", "ب")).replace(/^<\?xml[^>]*>\n/u, "")), "en", "is not UTF-8 or UTF-16 text"],
    ["French and Arabic", bytes(TMX(TU("Bonjour", "مرحبا", "fr", "ar"))), "ar", "ليس إنجليزيًا–عربيًا"],
    ["no pair", bytes(TMX("")), "ar", "لا يحوي الملف"],
    ["an HTML page", bytes("<html><body><p>hi</p></body></html>"), "en", "is not TMX or XLIFF"],
  ];
  for (const [what, file, lang, message] of refusals) {
    it(`refuses ${what} with a message in the interface language (${lang}), storing nothing`, async () => {
      const before = server.store.countDocuments({ includeDeleted: true });
      await editor.get(`/import/exchange?lang=${lang}`);
      const res = await editor.uploadForm("/import/exchange", {}, { file: { bytes: file, filename: "memory.tmx" } });
      expect(res.status).to.equal(400);
      expect(res.body_).to.include(message);
      expect(res.body_).to.include('role="alert"').and.include('action="/import/exchange"');
      expect(server.store.countDocuments({ includeDeleted: true })).to.equal(before);
    });
  }

  it("refuses a file larger than the importer reads, and a form without a file, in words", async () => {
    await editor.get("/import/exchange?lang=en");
    const huge = new Uint8Array(64 * 1024 * 1024 + 1).fill(0x20);
    const tooLarge = await editor.uploadForm("/import/exchange", {}, { file: { bytes: huge, filename: "huge.tmx" } });
    expect(tooLarge.status).to.equal(400);
    expect(tooLarge.body_).to.include("is too large (the limit is 67,108,864 bytes)");
    const none = await editor.uploadForm("/import/exchange", {}, {});
    expect(none.status).to.equal(400);
    expect(none.body_).to.include("Choose a TMX or XLIFF file to import.");
    expect((await editor.get("/healthz")).status, "the server is still up").to.equal(200);
  });

  it("lets no viewer import, and no form without its CSRF token", async () => {
    const viewer = await server.as("viewer");
    expect((await viewer.get("/import/exchange")).status).to.equal(403);
    await editor.get("/import/exchange");
    const token = editor.csrf;
    editor.csrf = "";
    const forged = await editor.uploadForm("/import/exchange", {}, { file: { bytes: bytes(GOOD), filename: "homs.tmx" } });
    editor.csrf = token;
    expect(forged.status).to.equal(403);
  });
});
