/**
 * The Arabic interface in Chromium, on a real server and database: row numbers, "why this pair"
 * and finding messages in Arabic-Indic digits (no Western digit, no raw anchor key), « » around
 * a suggested fix, boilerplate labels and paragraphs upright (computed font-style normal), and the
 * faces Chromium really draws with: Naskh for Arabic letters, the English interface's Latin face
 * for Latin ones.
 * The document is imported for the test, small enough that its checks finish at once, with a
 * repeated word (a fix to suggest) and a paragraph printed twice (boilerplate, and a finding that
 * names a paragraph number).
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { importArticle } from "../../server/services/import-article.js";
import { refreshFindings } from "../../server/services/document-checks.js";

/** The one browser global these tests read inside the page (the build has no DOM library). */
declare const getComputedStyle: (element: unknown) => { fontStyle: string; fontFamily: string };

const EN = [
  "The delegation met the the mediators in Homs on 12 July.",
  "The spokesman said the talks would go on for another week.",
  "The spokesman said the talks would go on for another week.",
  "Fighting resumed on 3 October, after 45 days of calm.",
].join("\n");
const AR = [
  "التقى الوفد بالوسطاء في حمص يوم ١٢ يوليو.",
  "قال المتحدث إن المحادثات ستستمر أسبوعًا آخر.",
  "قال المتحدث إن المحادثات ستستمر أسبوعًا آخر.",
  "استؤنف القتال في ٣ أكتوبر بعد ٤٥ يومًا من الهدوء.",
].join("\n");

const WESTERN_DIGIT = /[0-9]/u;

/** The faces Chromium really drew a node's text with (DevTools protocol), by family name. */
async function facesOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName).sort();
}
const ARABIC_DIGIT = /[٠-٩]/u;

describe("Arabic interface in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let id: number;

  before(async () => {
    server = await startServer({ sample: false });
    ({ id } = await importArticle(server.store, { en: { bytes: Buffer.from(EN), name: "en.txt" }, ar: { bytes: Buffer.from(AR), name: "ar.txt" } }, { title: "Talks in Homs" }, "tester", { dictionary: false }));
    expect(refreshFindings(server.store, id).fresh, "the checks finished").to.equal(true);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await logInPage(page, server.url, "admin");
    await page.goto(`${server.url}/documents/${id}?lang=ar`);
    await page.locator('html[lang="ar"]').waitFor({ state: "attached" });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("numbers the rows and counts them in Arabic-Indic digits", async () => {
    const numbers = await page.locator(".row .row-number").allInnerTexts();
    expect(numbers.slice(0, 3)).to.deep.equal(["١", "٢", "٣"]);
    const counts = await page.locator(".document-head .counts").innerText();
    expect(counts).to.match(ARABIC_DIGIT);
    expect(counts).to.not.match(WESTERN_DIGIT);
    const shapes = await page.locator(".row .shape").allInnerTexts();
    expect(shapes.join(" ")).to.not.match(WESTERN_DIGIT);
  });

  it("writes the values of why-this-pair in Arabic-Indic digits, with month names, never raw anchors", async () => {
    const why = page.locator(".row details.why").first();
    await why.locator("summary").click();
    const text = await why.innerText();
    expect(text).to.include("نسبة الطول");
    expect(text).to.match(ARABIC_DIGIT);
    expect(text).to.not.match(WESTERN_DIGIT);
    const all = (await page.locator(".row details.why").allTextContents()).join("\n");
    expect(all).to.not.match(/\b[nmd]:\d/u);
    expect(all).to.include("يوليو");
  });

  it("writes finding messages in Arabic with Arabic-Indic digits and « » around the suggested fix", async () => {
    const messages = await page.locator(".finding-item").allInnerTexts();
    const repeat = messages.find((m) => m.includes("تكرر الفقرة"));
    expect(repeat, `a duplicated-paragraph message among ${JSON.stringify(messages)}`).to.be.a("string");
    expect(repeat).to.include("تكرر الفقرة ٢");
    const fix = await page.locator(".finding-item button.fix").first().innerText();
    expect(fix).to.match(/^تطبيق «the»$/u);
  });

  it("sets boilerplate labels and paragraphs upright (no synthetic italics on Naskh)", async () => {
    const tags = page.locator(".paragraph.boilerplate .tag");
    expect(await tags.count()).to.be.greaterThan(0);
    expect(await tags.first().innerText()).to.equal("تكرار لفقرة سابقة");
    for (const element of [tags.first(), page.locator(".paragraph.boilerplate").first(), page.locator(".gap").first()]) {
      if ((await element.count()) === 0) continue;
      expect(await element.evaluate((el) => getComputedStyle(el).fontStyle)).to.equal("normal");
    }
    expect(await tags.first().evaluate((el) => getComputedStyle(el).fontFamily)).to.match(/^"?Noto Naskh Arabic"?/u);
    await screenshot(page, "arabic-interface.png");
  });

  it("draws Arabic letters in Naskh and Latin ones in the English interface's Latin face", async () => {
    // The header's user name (Latin, "admin") and role (Arabic), and the fix button (Arabic and Latin).
    const userAr = await facesOf(page, ".site-header .user bdi");
    const fix = await facesOf(page, ".finding-item button.fix");
    await page.goto(`${server.url}/documents/${id}?lang=en`);
    const userEn = await facesOf(page, ".site-header .user bdi");
    await page.goto(`${server.url}/documents/${id}?lang=ar`);
    expect(userEn).to.have.length(1);
    expect(userAr, "the Latin user name in the Arabic interface").to.deep.equal(userEn);
    expect(fix).to.include("Noto Naskh Arabic");
    expect(fix).to.include(userEn[0]);
  });

  it("keeps English digits and “ ” in the English interface", async () => {
    await page.goto(`${server.url}/documents/${id}?lang=en`);
    expect(await page.locator(".row .row-number").first().innerText()).to.equal("1");
    expect(await page.locator(".finding-item button.fix").first().innerText()).to.equal("Apply “the”");
  });
});
