import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage } from "../helpers/browser.js";

/** What a hostile or careless source might paste into an edition. */
const HOSTILE_EN = [
  "A headline with <script>window.__pwned = 1; alert('script')</script> inside",
  'An image <img src="x" onerror="window.__pwned = 2; alert(2)"> with a handler',
  'A link <a href="javascript:window.__pwned=3">click me</a> and <svg onload="window.__pwned=4"></svg>',
  "Disguised \u202Etxt.exe\u202C name and a zero\u200Bwidth space",
];
const HOSTILE_AR = [
  "قالت اللجنة في بيان نشرته اليوم إن المفاوضات مع الجانب الروسي ما زالت متعثرة وإن المعابر الإنسانية لم تفتح بعد",
  "وأضاف الناشط أن القصف المدفعي تواصل على القرى المحيطة بمدينة تلبيسة والرستن خلال الأسبوع الماضي",
  "عنوان فيه <script>window.__pwned = 5</script> نص",
  'صورة <img src=x onerror="window.__pwned=6"> هنا',
  'رابط <a href="javascript:window.__pwned=7">انقر</a> هنا',
  "اسم مموّه \u202Dabc\u202C في النص",
];

async function assertInert(page: Page, what: string): Promise<void> {
  const pwned = await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned ?? 0);
  expect(pwned, `${what}: a script ran`).to.equal(0);
  // No element that came from the imported text: no script in the body, no handler attribute.
  expect(await page.locator("main script").count(), `${what}: script element`).to.equal(0);
  expect(await page.locator("[onerror], [onload], [onclick]").count(), `${what}: handler attribute`).to.equal(0);
  expect(await page.locator('a[href^="javascript:"]').count(), `${what}: javascript: link`).to.equal(0);
}

describe("hostile input in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  let documentUrl = "";

  before(async () => {
    server = await startServer({ sample: false });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await logInPage(page, server.url, "admin");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("imports markup and bidi overrides as text through the browser form and its preview", async () => {
    await page.goto(`${server.url}/import`);
    await page.fill('input[name="title"]', "<b onmouseover=\"window.__pwned=8\">Title</b>");
    await page.fill('textarea[name="enText"]', HOSTILE_EN.join("\n"));
    await page.fill('textarea[name="arText"]', HOSTILE_AR.join("\n"));
    await Promise.all([page.waitForURL(/\/import\/preview\//u), page.click('form.import-form button[type="submit"]')]);
    await assertInert(page, "import preview");
    expect(await page.locator('.preview-edition[data-side="en"] .preview-paragraph').first().innerText()).to.include("<script>window.__pwned = 1;");
    await Promise.all([page.waitForURL(/\/documents\/\d+$/u), page.click("button.save-import")]);
    documentUrl = page.url();
    await assertInert(page, "alignment view");
    expect(await page.locator(".cell.en .paragraph").first().innerText()).to.include("<script>window.__pwned = 1;");
  });

  it("shows bidi overrides and zero-width characters as visible markers", async () => {
    const markers = await page.locator(".control").allInnerTexts();
    expect(markers).to.include.members(["RLO", "PDF", "ZWSP", "LRO"]);
    // The override did not act: the English reads in stored order around the marker.
    const text = await page.locator(".cell.en .paragraph", { hasText: "Disguised" }).innerText();
    expect(text).to.match(/Disguised\s*RLO\s*txt\.exe\s*PDF\s*name/u);
  });

  it("keeps every page that shows the text inert: corpus, edit, history, audit", async () => {
    const paragraphId = await page.locator(".cell.en .paragraph").first().getAttribute("data-paragraph");
    for (const path of ["/", `/paragraphs/${paragraphId}/edit`, `${new URL(documentUrl).pathname}/history`, "/audit", "/?lang=ar", new URL(documentUrl).pathname]) {
      await page.goto(`${server.url}${path}`);
      await assertInert(page, path);
    }
    // Editing keeps the characters, and the history diff shows them inert too.
    await page.goto(`${server.url}/paragraphs/${paragraphId}/edit`);
    const area = page.locator('form[action$="/' + paragraphId + '"] textarea');
    await area.fill(`${await area.inputValue()} <img src=y onerror="window.__pwned=9">`);
    await Promise.all([page.waitForURL(/\/documents\/\d+$/u), page.locator('form[action$="/' + paragraphId + '"] button').click()]);
    await page.goto(`${documentUrl}/history`);
    await assertInert(page, "history after edit");
    expect(await page.locator(".diff ins").first().innerText()).to.include("onerror");
    expect(dialogs).to.deep.equal([]);
  });
});
