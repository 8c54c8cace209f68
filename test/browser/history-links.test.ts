/**
 * The history page's row links in Chromium, on a real server and database: a link to a row on
 * another page of a long document opens that page scrolled to the row, and a link to a row that
 * has moved since (rows merged above it) lands on the row where it is now, the very row changed.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage } from "../helpers/browser.js";
import { importArticle } from "../../server/services/import-article.js";
import { performAlignment } from "../../server/services/review.js";

const translator = { name: "translator", role: "translator" as const };

/** Whether the element is on screen: its top inside the viewport. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y < viewport.height;
}

describe("history row links (Chromium, real server)", function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logInPage(page, server.url, "admin");
  });
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it("opens the page of a long document that holds the row, scrolled to it", async () => {
    const lines = (n: number, word: string) => Buffer.from(Array.from({ length: n }, (_, k) => `${word} ${k + 1}.`).join("\n"));
    const { id } = await importArticle(server.store, { en: { bytes: lines(150, "Line"), name: "en.txt" }, ar: { bytes: lines(150, "سطر"), name: "ar.txt" } }, { title: "Long" }, "tester", { dictionary: false });
    const row = server.store.getBeads(id)[129]!;
    performAlignment(server.store, id, { op: "confirm", bead: row.id, version: row.version }, translator);
    await page.goto(`${server.url}/documents/${id}/history`);
    expect(await page.locator(".history-item").first().locator(".history-words").textContent()).to.equal("Row 130 confirmed");
    await Promise.all([page.waitForURL(/row=130#row-130$/u), page.locator(".history-item").first().locator("a.row-link").click()]);
    await page.locator("#row-130").waitFor();
    expect(await page.locator("#row-130").getAttribute("data-bead")).to.equal(String(row.id));
    expect(await onScreen(page, "#row-130")).to.equal(true);
  });

  it("follows a row that moved since to where it is now", async () => {
    const seven = server.store.getBeads(1)[6]!;
    performAlignment(server.store, 1, { op: "confirm", bead: seven.id, version: seven.version }, translator);
    const [one, two] = server.store.getBeads(1);
    performAlignment(server.store, 1, { op: "merge", bead: one!.id, version: one!.version, neighbour: { id: two!.id, version: two!.version } }, translator);
    await page.goto(`${server.url}/documents/1/history`);
    const confirmed = page.locator(".history-item", { hasText: "Row 7 confirmed" });
    const link = confirmed.locator("a.row-link");
    expect(await link.textContent()).to.equal("row 7 (now row 6)");
    await Promise.all([page.waitForURL(/row=6#row-6$/u), link.click()]);
    expect(await page.locator("#row-6").getAttribute("data-bead")).to.equal(String(seven.id));
    expect(await onScreen(page, "#row-6")).to.equal(true);
  });
});
