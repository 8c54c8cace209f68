/**
 * The findings grid in a real browser (Chromium): tick two findings, dismiss them together, read
 * what was done, and find them under the "dismissed" status; "select all on this page" ticks
 * every box; a row's link opens the alignment view on that row. The Arabic interface shows the
 * grid in Arabic, right to left.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";

describe("findings grid in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    server = await startServer();
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

  it("ticks every box on the page with \"select all on this page\", and unticks them", async () => {
    await page.goto(`${server.url}/findings`);
    const boxes = page.locator('input[name="ids"]');
    const count = await boxes.count();
    expect(count).to.be.at.least(2);
    await page.check("#select-all");
    expect(await boxes.evaluateAll((list) => list.filter((b) => (b as unknown as { checked: boolean }).checked).length)).to.equal(count);
    await page.uncheck("#select-all");
    expect(await boxes.evaluateAll((list) => list.filter((b) => (b as unknown as { checked: boolean }).checked).length)).to.equal(0);
  });

  it("dismisses two ticked findings together and lists them as dismissed", async () => {
    await page.goto(`${server.url}/findings`);
    const boxes = page.locator('input[name="ids"]');
    expect(await boxes.count()).to.be.at.least(2);
    const picked = [await boxes.nth(0).getAttribute("value"), await boxes.nth(1).getAttribute("value")].map(Number);
    const checks = await Promise.all(picked.map((id) => page.locator(`#finding-${id} .check-name`).innerText()));
    const contexts = await Promise.all(picked.map((id) => page.locator(`#finding-${id} .context mark`).innerText()));
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    // Half-ticked "select all" while only some are ticked.
    const all = await boxes.count();
    expect(await page.locator("#select-all").evaluate((e) => (e as unknown as { indeterminate: boolean }).indeterminate), `2 of ${all} ticked`).to.equal(all > 2);
    await screenshot(page, "findings-grid-en.png");
    await Promise.all([page.waitForURL(/acted=dismiss/u), page.click('button[name="do"][value="dismiss"]')]);
    expect(await page.locator(".notice.acted").innerText()).to.include("2 findings dismissed.");
    for (const id of picked) {
      expect(await page.locator(`#finding-${id}`).count(), "gone from the open list").to.equal(0);
      expect(server.store.getFinding(id)).to.equal(null);
    }

    await page.selectOption('select[name="status"]', "dismissed");
    await Promise.all([page.waitForURL(/status=dismissed/u), page.click('.grid-filters button[type="submit"]')]);
    const rows = page.locator("table.findings-grid tbody tr");
    expect(await rows.count()).to.equal(2);
    const listed = await rows.locator(".check-name").allInnerTexts();
    expect([...listed].sort()).to.deep.equal([...checks].sort());
    expect([...(await rows.locator(".context mark").allInnerTexts())].sort()).to.deep.equal([...contexts].sort());
    expect(await rows.first().locator(".status").innerText()).to.include("Dismissed");
    expect(await page.locator('input[name="ids"]').count(), "no boxes on dismissed findings").to.equal(0);
  });

  it("follows a finding's row link to that row of the alignment view", async () => {
    // A finding far down the document, on the view's first page or not.
    await page.goto(`${server.url}/findings?sort=document`);
    const link = page.locator("a.row-link").last();
    const label = await link.innerText();
    const row = Number(/\d+/u.exec(label)?.[0]);
    const text = await page.locator("table.findings-grid tbody tr").last().locator(".context mark").innerText();
    await Promise.all([page.waitForURL(new RegExp(`/documents/\\d+\\?row=${row}#row-${row}$`, "u")), link.click()]);
    const target = page.locator(`#row-${row}`);
    await target.waitFor();
    expect(await target.innerText()).to.include(text);
    expect(await target.locator("mark.finding").count()).to.be.above(0);
    // The row is scrolled into view.
    const box = await target.boundingBox();
    expect(box && box.y >= -5 && box.y < 900, `row ${row} in view at ${box?.y}`).to.equal(true);
  });

  it("shows the grid in Arabic, right to left, with check names and statuses in Arabic", async () => {
    await page.goto(`${server.url}/findings?lang=ar`);
    expect(await page.locator("html").getAttribute("dir")).to.equal("rtl");
    expect(await page.locator("h1").innerText()).to.equal("الملاحظات");
    expect(await page.locator("table.findings-grid tbody tr").first().locator(".status").innerText()).to.include("مفتوحة");
    expect(await page.locator("td.side-text[lang=ar]").first().getAttribute("dir")).to.equal("rtl");
    await screenshot(page, "findings-grid-ar.png");
    await page.goto(`${server.url}/findings?lang=en`);
    expect(errors).to.deep.equal([]);
  });
});
