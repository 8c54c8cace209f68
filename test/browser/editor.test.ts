import { expect } from "chai";
import { existsSync, statSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";

/** The one browser global these tests read inside the page (the build has no DOM library). */
declare const getComputedStyle: (element: unknown) => { fontFamily: string };

/** Waits until the row `n` (1-based) shows these English and Arabic paragraph counts. */
async function rowShape(page: Page, n: number): Promise<string> {
  return page.locator(`#row-${n} .shape`).innerText();
}

describe("editor in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await logInPage(page, server.url, "admin");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("merges two rows, splits them back, shifts a paragraph and confirms, in place", async () => {
    await page.goto(`${server.url}/documents/1`);
    expect(await rowShape(page, 4)).to.equal("1-1");
    await page.click("#row-4 .cell.en");
    await page.keyboard.press("m");
    await page.locator("#row-4 .shape", { hasText: /^2-2$/u }).waitFor();
    expect(await page.locator("#row-4 .cell.en .paragraph").count()).to.equal(2);

    await page.fill('input[name="enCount"]', "1");
    await page.fill('input[name="arCount"]', "1");
    await page.click("#row-4 .cell.ar");
    await page.keyboard.press("s");
    await page.locator("#row-4 .shape", { hasText: /^1-1$/u }).waitFor();
    expect(await rowShape(page, 5)).to.equal("1-1");

    await page.click("#row-6 .cell.en");
    await page.keyboard.press("a"); // Arabic paragraph of row 6 up into row 5
    await page.locator("#row-5 .shape", { hasText: /^1-2$/u }).waitFor();
    await page.keyboard.press("u"); // undo the shift
    await page.locator("#row-5 .shape", { hasText: /^1-1$/u }).waitFor();

    await page.click("#row-1 .cell.en");
    await page.keyboard.press("c");
    await page.locator("#row-1.status-confirmed").waitFor();
    expect(server.store.getBeads(1)[0]?.status).to.equal("confirmed");
  });

  it("edits a typo in place, shows the diff, and undoes it", async () => {
    const paragraph = page.locator(".cell.en .paragraph", { hasText: "The tow side agreed" });
    await paragraph.locator("a.edit-link").click();
    const area = paragraph.locator("textarea");
    const text = await area.inputValue();
    await area.fill(text.replace("The tow side agreed", "The two sides agreed"));
    await paragraph.locator("button", { hasText: "Save" }).click();
    const fixed = page.locator(".cell.en .paragraph", { hasText: "The two sides agreed" });
    await fixed.locator(".diff ins").waitFor();
    expect(await fixed.locator(".diff del").first().innerText()).to.equal("tow side");
    expect(await fixed.locator(".diff ins").first().innerText()).to.equal("two sides");
    await page.keyboard.press("u");
    await page.locator(".cell.en .paragraph", { hasText: "The tow side agreed" }).waitFor();
    expect(server.store.getParagraphs(1, "en").some((p) => p.text.startsWith("The tow side agreed"))).to.equal(true);
  });

  it("shows the shortcuts under ? and takes a screenshot of the English interface", async () => {
    await page.goto(`${server.url}/documents/1`);
    await page.keyboard.press("?");
    expect(await page.locator("dialog#shortcuts").getAttribute("open")).to.not.equal(null);
    await page.keyboard.press("Escape");
    const path = await screenshot(page, "alignment-en.png");
    expect(statSync(path).size).to.be.greaterThan(10000);
  });

  it("switches to the Arabic interface: right to left, translated labels, screenshot", async () => {
    await page.click("a.language-switch");
    await page.locator('html[dir="rtl"]').waitFor({ state: "attached" });
    expect(await page.getAttribute("html", "lang")).to.equal("ar");
    expect(await page.locator('.toolbar button[value="confirm"]').innerText()).to.equal("تأكيد");
    expect(await page.locator(".row-header span").first().innerText()).to.equal("الإنجليزية");
    const arabicCell = page.locator("#row-3 .cell.ar");
    expect(await arabicCell.getAttribute("dir")).to.equal("rtl");
    const fontFamily = await arabicCell.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(fontFamily).to.include("Noto Naskh Arabic");
    const path = await screenshot(page, "alignment-ar.png");
    expect(existsSync(path)).to.equal(true);
    await page.click("a.language-switch");
  });
});
