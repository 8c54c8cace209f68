/**
 * The import form in a real browser (Chromium against a real server on loopback): two HTML files
 * uploaded through the form's file fields open the preview, which shows each edition's paragraph
 * count and the publication date read from the page's metadata (Open Graph for the English,
 * JSON-LD for the Arabic); "Save" stores the document, and the corpus, filtered by that date,
 * lists it. "Back" leads to the form, nothing stored.
 */
import { expect } from "chai";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage } from "../helpers/browser.js";
import { tempDir } from "../helpers/temp.js";

const EN_HTML = `<!doctype html><html lang="en"><head><title>Site</title>
<meta property="article:published_time" content="2024-03-05T09:30:00+03:00"></head><body>
<nav><p>Home | World</p></nav>
<article><h1>Water returns to Homs villages</h1>
<p>Water returned to four villages north of Homs on Sunday after a week without supply, the council said.</p>
<p>Engineers repaired the main pipe, which had been damaged by shelling.</p>
<p>Read also: the earlier week without water</p></article></body></html>`;
const AR_HTML = `<!doctype html><html lang="ar" dir="rtl"><head><title>الموقع</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"عودة المياه","datePublished":"2024-03-06T08:00:00+03:00"}</script></head><body>
<article><h1>عودة المياه إلى قرى حمص</h1>
<p>عادت المياه إلى أربع قرى شمال حمص يوم الأحد بعد أسبوع من الانقطاع، وفق ما قال المجلس.</p>
<p>وأصلح المهندسون الأنبوب الرئيسي الذي تضرر من القصف.</p></article></body></html>`;

describe("import preview in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let enPath = "";
  let arPath = "";

  before(async () => {
    server = await startServer({ sample: false });
    const dir = tempDir();
    enPath = join(dir, "water-en.html");
    arPath = join(dir, "water-ar.html");
    writeFileSync(enPath, EN_HTML);
    writeFileSync(arPath, AR_HTML);
    browser = await launchBrowser();
    page = await browser.newPage();
    await logInPage(page, server.url, "translator");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function uploadBoth(): Promise<void> {
    await page.goto(`${server.url}/import?lang=en`);
    await page.setInputFiles('input[name="enFile"]', enPath);
    await page.setInputFiles('input[name="arFile"]', arPath);
    await Promise.all([page.waitForURL(/\/import\/preview\/[A-Za-z0-9_-]+$/u), page.click('form.import-form button[type="submit"]')]);
  }

  it("goes back to the form from the preview without storing anything", async () => {
    await uploadBoth();
    await Promise.all([page.waitForURL(/\/import$/u), page.click("a.back-link")]);
    expect(await page.locator("form.import-form").count()).to.equal(1);
    expect(server.store.countDocuments()).to.equal(0);
  });

  it("uploads two HTML files, previews the paragraphs and the dates from their metadata, saves, and finds the document in the corpus by that date", async () => {
    await uploadBoth();
    expect(server.store.countDocuments(), "nothing stored before Save").to.equal(0);
    const en = page.locator('.preview-edition[data-side="en"]');
    const ar = page.locator('.preview-edition[data-side="ar"]');
    expect(await en.locator(".preview-counts").innerText()).to.include("4 paragraphs");
    expect(await ar.locator(".preview-counts").innerText()).to.include("3 paragraphs");
    expect(await en.locator(".preview-paragraph").count()).to.equal(4);
    expect(await en.locator(".preview-paragraph.boilerplate").innerText()).to.include("Read also");
    expect(await page.locator('.preview-date[data-side="en"]').innerText()).to.match(/5 Mar 2024 · read from the page's metadata <meta article:published_time>/u);
    expect(await page.locator('.preview-date[data-side="ar"]').innerText()).to.match(/6 Mar 2024 · read from the page's schema.org data JSON-LD datePublished/u);
    expect(await page.locator(".preview-title-ar").innerText()).to.equal("عودة المياه إلى قرى حمص");

    await Promise.all([page.waitForURL(/\/documents\/\d+$/u), page.click("button.save-import")]);
    const id = Number(/\/documents\/(\d+)$/u.exec(page.url())?.[1]);
    expect(server.store.getDocument(id)).to.deep.include({ title: "Water returns to Homs villages", publishedEn: "2024-03-05", publishedAr: "2024-03-06" });

    await page.goto(`${server.url}/?from=2024-03-05&to=2024-03-05`);
    expect(await page.locator("main").innerText()).to.include("Water returns to Homs villages");
    await page.goto(`${server.url}/?from=2024-03-07`);
    expect(await page.locator("main").innerText()).to.not.include("Water returns to Homs villages");
  });
});
