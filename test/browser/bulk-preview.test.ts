/**
 * Bulk changes in a real browser (Chromium): "replace … everywhere" from the findings page opens
 * its preview and writes nothing; an unticked occurrence stays as it was when the rest is accepted;
 * the summary says what was done and left; "undo this whole change" reverts it. And the toolbar's
 * "confirm all above" (its shortcut, through the page script) opens its preview instead of confirming.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";

describe("bulk change previews in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const mentions = (documentId: number, phrase: string) => server.store.getParagraphs(documentId, "en").some((p) => p.text.includes(phrase));

  before(async () => {
    server = await startServer();
    // A second copy of the sample article: the same slip in two documents.
    await loadSampleCorpus(server.store);
    await server.findingsSettled();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await logInPage(page, server.url, "copy-editor");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("previews every occurrence, writes only the accepted one, says what it did, and undoes it", async () => {
    const documents = server.store.listDocuments().map((d) => d.id);
    expect(documents).to.have.length(2);
    await page.goto(`${server.url}/findings?check=naming-consistency`);
    await Promise.all([
      page.waitForURL(/\/bulk\/\d+$/u),
      page.locator("button", { hasText: "Replace “Negotiating Committee” by “Negotiations Committee” everywhere" }).first().click(),
    ]);
    const occurrences = page.locator(".bulk-occurrence");
    expect(await occurrences.count()).to.equal(2);
    expect(await occurrences.first().locator("del").innerText()).to.equal("Negotiating Committee");
    expect(await occurrences.first().locator("ins").innerText()).to.equal("Negotiations Committee");
    expect(documents.every((d) => mentions(d, "Negotiating Committee")), "nothing written by the preview").to.equal(true);
    await screenshot(page, "bulk-preview-en.png");

    // Untick the second document's occurrence, accept the selection.
    const second = occurrences.nth(1);
    const secondDocument = Number((await second.locator(".where a").getAttribute("href"))!.match(/\/documents\/(\d+)/u)![1]);
    const firstDocument = documents.find((d) => d !== secondDocument)!;
    await second.locator('input[name="pick"]').uncheck();
    await Promise.all([page.waitForLoadState("load"), page.click('button[value="accept-selected"]')]);
    const summary = page.locator("#bulk-summary");
    await summary.waitFor();
    expect(await summary.innerText()).to.include("Done: 1 occurrence changed (1 change recorded in history, in 1 document)");
    expect(await summary.innerText()).to.include("Left as it was, as you chose: 1 occurrence");
    expect(mentions(firstDocument, "Negotiating Committee")).to.equal(false);
    expect(mentions(secondDocument, "Negotiating Committee"), "the unticked occurrence stays as it was").to.equal(true);
    expect(await page.locator(".bulk-occurrence.outcome-rejected .outcome").innerText()).to.equal("Left as it was (not selected)");

    await Promise.all([page.waitForURL(/undone=1-1$/u), page.locator("button", { hasText: "Undo this whole change" }).click()]);
    expect(await page.locator("#bulk-undone").innerText()).to.equal("Undone as one action: 1 change in 1 document, back as they were before it.");
    expect(documents.every((d) => mentions(d, "Negotiating Committee")), "undone").to.equal(true);
    // The same page in the Arabic interface: the summary in Arabic, numbers in Arabic-Indic digits.
    await page.goto(`${page.url().replace(/\?.*$/u, "")}?lang=ar`);
    expect(await page.locator("#bulk-summary").innerText()).to.include("تم. تغيّر موضع واحد (وسُجّل في السجل تغيير واحد، والوثائق المعنية مستند واحد).");
    await screenshot(page, "bulk-summary-ar.png");
    expect(errors).to.deep.equal([]);
  });

  it("opens the preview of confirm all above from its shortcut and confirms nothing before it is accepted", async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await logInPage(page, server.url, "translator");
    await page.goto(`${server.url}/documents/1`);
    await page.click("#row-3 .cell.en");
    await Promise.all([page.waitForURL(/\/bulk\/\d+$/u), page.keyboard.press("Shift+C")]);
    expect(await page.locator("h1").innerText()).to.equal("Confirm every row up to row 3");
    expect(await page.locator(".bulk-occurrence").count()).to.equal(3);
    expect(server.store.getBeads(1).filter((b) => b.status === "confirmed")).to.have.length(0);
    await Promise.all([page.waitForLoadState("load"), page.click('button[value="accept-all"]')]);
    await page.locator("#bulk-summary").waitFor();
    expect(server.store.getBeads(1).slice(0, 3).map((b) => b.status)).to.deep.equal(["confirmed", "confirmed", "confirmed"]);
    expect(errors).to.deep.equal([]);
  });
});
