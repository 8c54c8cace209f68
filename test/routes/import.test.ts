/**
 * Importing from the browser (real server on loopback, real database file): a refused pasted
 * edition is named in the interface language (pasted text has no file name to show), and nothing
 * is stored.
 */
import { expect } from "chai";
import { startServer, type TestServer } from "../helpers/server.js";
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
