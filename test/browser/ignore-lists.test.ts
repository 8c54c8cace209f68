/**
 * The ignore lists in a real browser (Chromium) against a real server with the sample article
 * twice: a finding dismissed in the alignment view is listed on /dismissals and, once restored,
 * comes back; "ignore all like this" hides the same finding in both documents, and removing the
 * rule brings it back in both. Findings come from the background refresher: the test polls the
 * pages until they show what it waits for, never sleeps a fixed time for a result.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { loadSampleCorpus } from "../../server/services/load-sample.js";

/** How long a page may take to show what the background computes. */
const WAIT_MS = 60_000;

describe("ignore lists in a real browser (Chromium)", function () {
  this.timeout(180000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** The finding items of a document's page that quote this text as the name written otherwise. */
  const itemsAbout = (text: string) => page.locator(".finding-item", { hasText: `“${text}” is written` });

  /** Loads the page again until `present` holds for the finding about `text` (or fails after WAIT_MS). */
  async function pollDocument(documentId: number, text: string, present: boolean): Promise<void> {
    const until = Date.now() + WAIT_MS;
    for (;;) {
      await page.goto(`${server.url}/documents/${documentId}`);
      const count = await itemsAbout(text).count();
      if ((count > 0) === present) return;
      if (Date.now() > until) throw new Error(`document ${documentId}: the finding about “${text}” is still ${present ? "absent" : "shown"} after ${WAIT_MS} ms`);
      await page.waitForTimeout(250);
    }
  }

  before(async () => {
    server = await startServer();
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

  it("dismisses a finding, lists it, restores it, and the finding comes back", async () => {
    const [documentId] = server.store.listDocuments().map((d) => d.id);
    const text = "Syrian Regime";
    await pollDocument(documentId!, text, true);
    const item = itemsAbout(text).first();
    await item.locator("button.dismiss").click();
    // The page script answers in place: the row loses the finding and says what was dismissed.
    await itemsAbout(text).first().waitFor({ state: "detached" });
    expect(errors).to.deep.equal([]);

    await page.goto(`${server.url}/dismissals`);
    const listed = page.locator("tr.dismissal", { hasText: text });
    expect(await listed.count()).to.equal(1);
    expect(await listed.innerText()).to.include("Body named two ways").and.include("copy-editor");
    const rowLink = await listed.locator(`a[href^="/documents/${documentId}#row-"]`).getAttribute("href");
    expect(rowLink).to.match(/#row-\d+$/u);
    await screenshot(page, "dismissals-en.png");
    await listed.locator('input[name="id"]').check();
    await Promise.all([page.waitForURL(/\/dismissals\?page=1&restored=1$/u), page.click('#restore-form button[type="submit"]')]);
    expect(await page.locator("tr.dismissal", { hasText: text }).count()).to.equal(0);
    expect(await page.locator('[role="status"]').innerText()).to.equal("1 dismissal restored: its finding comes back once the checks have run again.");

    await pollDocument(documentId!, text, true);
    // The row the list linked to is the row that shows the finding again.
    const row = page.locator(rowLink!.slice(rowLink!.indexOf("#")));
    expect(await row.locator(".finding-item", { hasText: `“${text}” is written` }).count()).to.equal(1);
    expect(errors).to.deep.equal([]);
  });

  it("ignores all like this across two documents, and brings the findings back when the rule is removed", async () => {
    const documents = server.store.listDocuments().map((d) => d.id);
    expect(documents).to.have.length(2);
    const text = "Negotiating Committee";
    for (const id of documents) await pollDocument(id, text, true);
    const [first, second] = documents as [number, number];
    await page.goto(`${server.url}/documents/${first}`);
    await itemsAbout(text).first().locator("button.ignore-all").click();
    await page.locator("text=Ignoring all “Negotiating Committee” findings of Body named two ways in the corpus.").first().waitFor();
    await itemsAbout(text).first().waitFor({ state: "detached" });
    await pollDocument(second, text, false);
    await pollDocument(first, text, false);

    await page.goto(`${server.url}/dismissals`);
    const rule = page.locator("tr.ignore-rule", { hasText: text });
    expect(await rule.count()).to.equal(1);
    expect(await rule.innerText()).to.include("Body named two ways").and.include("copy-editor");
    await page.goto(`${server.url}/dismissals?lang=ar`);
    await screenshot(page, "dismissals-ar.png");
    await page.goto(`${server.url}/dismissals?lang=en`);
    await page.locator("tr.ignore-rule", { hasText: text }).locator('input[name="id"]').check();
    await Promise.all([page.waitForURL(/\/dismissals\?removed=1#rules$/u), page.click('#rules-form button[type="submit"]')]);
    expect(await page.locator("tr.ignore-rule").count()).to.equal(0);

    for (const id of documents) await pollDocument(id, text, true);
    expect(errors).to.deep.equal([]);
  });
});
