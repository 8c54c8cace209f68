/**
 * Documents as a newsroom manages them, in Chromium against a real server on loopback: an admin
 * renames the sample document from its page, deletes it (after the page that asks), finds it under
 * "Recently deleted" with the days it has left, sees it gone from the corpus, restores it; a
 * translator imports a TMX file through the browser (from the import page's link) and opens the
 * document it made.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { translatorFor } from "../../server/i18n/translate.js";

const en = translatorFor("en");

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="paragraph" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>The bakery on Market Street reopened on Sunday.</seg></tuv><tuv xml:lang="ar"><seg>أعاد مخبز شارع السوق فتح أبوابه يوم الأحد.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Queues formed before dawn.</seg></tuv><tuv xml:lang="ar"><seg>تشكلت الطوابير قبل الفجر.</seg></tuv></tu>
</body></tmx>`;

describe("managing documents in a real browser (Chromium)", function () {
  this.timeout(180000);
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageAs(role: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInPage(page, server.url, role);
    return page;
  }

  it("renames a document, deletes it, finds it under recently deleted and restores it", async () => {
    const id = server.store.listDocuments()[0]!.id;
    const admin = await pageAs("admin");
    await admin.goto(`${server.url}/documents/${id}`);

    await admin.click("details.rename-document summary");
    await admin.fill('.rename-form input[name="title"]', "Homs: what de-escalation hides");
    await admin.fill('.rename-form input[name="titleAr"]', "حمص: ماذا يخفي خفض التصعيد");
    await Promise.all([admin.waitForURL(`${server.url}/documents/${id}`), admin.click(".rename-form button[type=submit]")]);
    expect(await admin.locator(".document-head h1").innerText()).to.equal("Homs: what de-escalation hides");
    expect(await admin.locator(".document-head .title-ar").innerText()).to.equal("حمص: ماذا يخفي خفض التصعيد");

    await Promise.all([admin.waitForURL(`${server.url}/documents/${id}/delete`), admin.click("a.delete-document")]);
    expect(await admin.locator("h1").innerText()).to.include("Homs: what de-escalation hides");
    await Promise.all([admin.waitForURL(`${server.url}/deleted`), admin.click(".confirm-removal button[type=submit]")]);
    const row = admin.locator(`tr[data-document="${id}"]`);
    expect(await row.count()).to.equal(1);
    expect(await row.innerText()).to.include("Homs: what de-escalation hides").and.include("admin").and.include(en("manage.days", { count: 30 }));
    await screenshot(admin, "recently-deleted.png");

    await admin.goto(`${server.url}/`);
    expect(await admin.locator(`a[href="/documents/${id}"]`).count(), "gone from the corpus").to.equal(0);
    const gone = await admin.goto(`${server.url}/documents/${id}`);
    expect(gone?.status()).to.equal(404);

    await admin.goto(`${server.url}/deleted`);
    await Promise.all([admin.waitForURL(`${server.url}/documents/${id}`), admin.click(`tr[data-document="${id}"] button[type=submit]`)]);
    expect(await admin.locator(".document-head h1").innerText()).to.equal("Homs: what de-escalation hides");
    await admin.goto(`${server.url}/`);
    expect(await admin.locator(`a[href="/documents/${id}"]`).count(), "back in the corpus").to.equal(1);
    expect(server.store.listAudit({ documentId: id }).map((e) => e.action)).to.include.members(["rename", "delete-document", "restore-document"]);
    await admin.context().close();
  });

  it("imports a TMX file through the browser and opens the document it made", async () => {
    const translator = await pageAs("translator");
    await translator.goto(`${server.url}/import`);
    await Promise.all([translator.waitForURL(`${server.url}/import/exchange`), translator.click('a[href="/import/exchange"]')]);
    await translator.setInputFiles('.exchange-form input[name="file"]', { name: "bakery.tmx", mimeType: "application/xml", buffer: Buffer.from(TMX, "utf8") });
    await translator.fill('.exchange-form input[name="title"]', "Bakery reopens");
    await Promise.all([translator.waitForLoadState("load"), translator.click(".exchange-form button[type=submit]")]);
    await translator.waitForSelector(".imported-documents a");
    expect(await translator.locator("h1").innerText()).to.equal(en("manage.exchange.doneTitle"));
    const link = translator.locator(".imported-documents a");
    expect(await link.innerText()).to.equal("Bakery reopens");
    await Promise.all([translator.waitForURL(/\/documents\/\d+$/u), link.click()]);
    expect(await translator.locator(".document-head h1").innerText()).to.equal("Bakery reopens");
    expect(await translator.locator("body").innerText()).to.include("Queues formed before dawn.").and.include("تشكلت الطوابير قبل الفجر.");
    await translator.context().close();
  });
});
