/**
 * The alignment view's layouts in real Chromium against a real server (the sample corpus, its
 * findings computed): compact mode shows at least 12 whole rows at 1440×900, switched with the
 * page's own toggle and remembered per user (after a reload, on a new login, rendered so from the
 * first byte, another user untouched); a collapsed row's controls are reached by keyboard and the
 * current row shows in full; the toolbar holds undo and redo on one line at 1440 and two at most
 * at 800; from 800 px the two languages stay side by side with no sideways scrolling, below 800
 * they stack, English above Arabic, each labelled; all of it in both interface languages.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";

// What the page functions below use of the browser's DOM (the tests compile without the DOM lib).
type Rect = { top: number; bottom: number; left: number; right: number; height: number };
type El = { getBoundingClientRect(): Rect; scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number; dataset: Record<string, string | undefined> };
declare const document: { querySelectorAll(selector: string): ArrayLike<El>; querySelector(selector: string): El | null; documentElement: El; activeElement: unknown; fonts: { ready: Promise<unknown> } };
declare const window: { innerHeight: number; innerWidth: number };
declare const getComputedStyle: (element: unknown, pseudo?: string) => { content: string };

type Size = { width: number; height: number };
const WIDE: Size = { width: 1440, height: 900 };

/** Rows whose box lies wholly inside the viewport, as a reader first sees the page. */
const wholeRows = (page: Page): Promise<number> => page.evaluate(() =>
  Array.from(document.querySelectorAll(".rows > .row")).map((r) => r.getBoundingClientRect())
    .filter((r) => r.top >= 0 && r.bottom <= window.innerHeight).length);

const densityOf = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.dataset.density ?? "normal");

/** Where the two cells of the first `count` rows are, and how wide the page and its header are. */
const geometry = (page: Page, count: number) => page.evaluate((n) => {
  const rows = Array.from(document.querySelectorAll(".rows > .row")).slice(0, n);
  const header = document.querySelector(".site-header");
  return {
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    headerOverflows: header ? header.scrollWidth > header.clientWidth : true,
    cells: rows.map((row) => {
      const cell = (side: string) => (row as unknown as { querySelector(s: string): El }).querySelector(`.cell.${side}`).getBoundingClientRect();
      return { en: cell("en"), ar: cell("ar") };
    }),
  };
}, count);

describe("layout: compact mode, the toolbar, 800 px side by side and stacked below (Chromium)", function () {
  this.timeout(240000);
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    await server.findingsSettled();
    // The sample's findings in full: a worker's first run loads the checks' dictionaries inside the
    // checks' time budget and on a busy machine can run out of time with only some of them, so
    // the findings are asked for again (the glossary "changed": every document stale) until the
    // background has them all. Rows with findings are taller: the row counts below are of the
    // view as a reviewer meets it.
    const total = () => server.store.countFindings(1).reduce((n, c) => n + c.count, 0);
    for (let attempt = 0; attempt < 4 && total() < 15; attempt++) {
      server.store.upsertGlossary([]);
      await server.findingsSettled();
    }
    console.log(`      findings of the sample document: ${total()}`);
    expect(total(), "the sample document has its findings").to.be.at.least(15);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageAs(role: string, viewport: Size = WIDE, options: { javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, javaScriptEnabled: options.javaScript ?? true });
    const page = await context.newPage();
    await logInPage(page, server.url, role);
    return page;
  }
  async function open(page: Page, lang: "en" | "ar"): Promise<void> {
    await page.goto(`${server.url}/documents/1?lang=${lang}`);
    await page.evaluate(() => document.fonts.ready);
  }
  async function toggle(page: Page, wanted: "compact" | "normal"): Promise<void> {
    await page.click("#density-form button");
    await page.waitForFunction((d) => (document.documentElement.dataset.density ?? "normal") === d, wanted);
  }
  /** Puts the page's user in `wanted` whatever an earlier test left (each test starts from a known mode). */
  async function ensure(page: Page, wanted: "compact" | "normal"): Promise<void> {
    if ((await densityOf(page)) !== wanted) await toggle(page, wanted);
  }
  const storedDensity = (name: string) => server.store.userPreferences(server.store.findUser(name)!.id).density;

  it("switches to compact mode with the page's toggle and then shows at least 12 whole rows at 1440×900, in both languages", async () => {
    const page = await pageAs("translator");
    await open(page, "en");
    expect(await densityOf(page)).to.equal("normal");
    expect(await page.getAttribute("#density-form button", "aria-pressed")).to.equal("false");
    const normal = await wholeRows(page);
    await toggle(page, "compact");
    expect(await page.getAttribute("#density-form button", "aria-pressed")).to.equal("true");
    expect(storedDensity("translator"), "stored on the server").to.equal("compact");
    const compact = await wholeRows(page);
    await open(page, "ar");
    const compactAr = await wholeRows(page);
    await screenshot(page, "layout-compact-1440-ar.png");
    console.log(`      whole rows at 1440×900: normal ${normal}, compact ${compact} (English), ${compactAr} (Arabic)`);
    expect(compact).to.be.at.least(12);
    expect(compactAr).to.be.at.least(12);
    expect(normal, "the normal mode shows fewer (so the count means something)").to.be.below(12);
  });

  it("remembers the mode per user: after a reload, on a new login, from the first byte, and not for anyone else", async () => {
    const again = await pageAs("translator", WIDE, { javaScript: false });
    await open(again, "en");
    expect(await densityOf(again), "rendered compact by the server, no script run").to.equal("compact");
    expect(await wholeRows(again)).to.be.at.least(12);
    const reloaded = await pageAs("translator");
    await open(reloaded, "en");
    await reloaded.reload();
    expect(await densityOf(reloaded)).to.equal("compact");
    const someoneElse = await pageAs("copy-editor");
    await open(someoneElse, "en");
    expect(await densityOf(someoneElse)).to.equal("normal");
    await toggle(reloaded, "normal");
    expect(storedDensity("translator")).to.equal("normal");
    await reloaded.reload();
    expect(await densityOf(reloaded)).to.equal("normal");
  });

  it("keeps a collapsed row's controls in reach: a badge for each finding, the whole row on focus and for the current row", async () => {
    const page = await pageAs("admin");
    await open(page, "en");
    await ensure(page, "compact");
    // The first row with a finding that has a fix, and the first with an English text cut short.
    const withFix = await page.evaluate(() => document.querySelector(".rows > .row:has(button.fix)")?.dataset.bead ?? "");
    expect(withFix, "a row with a fixable finding").to.not.equal("");
    const fixRow = Number((await page.getAttribute(`.row[data-bead="${withFix}"]`, "id"))?.replace("row-", ""));
    const fix = page.locator(`#row-${fixRow} button.fix`).first();
    expect(await page.locator(`#row-${fixRow} .finding-name`).first().isVisible(), "the finding as a badge").to.equal(true);
    // Folded away (a clipped pixel, so still in the tab order) or shown in full.
    const shownWidth = async (locator: typeof fix) => (await locator.boundingBox())?.width ?? 0;
    expect(await shownWidth(fix), "its buttons folded away").to.be.at.most(1);
    const clamped = (n: number) => page.evaluate((row) => {
      const p = document.querySelector(`#row-${row} .cell.en .paragraph > p`)!;
      return p.scrollHeight > p.clientHeight + 1;
    }, n);
    expect(await clamped(6), "a long text cut to a few lines").to.equal(true);
    // By keyboard: from the row above, Tab into the row (its radio button), then on to the fix
    // button, which the row then shows.
    await page.focus(`#row-${fixRow - 1} details.why > summary`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as unknown as { id: string }).id)).to.equal(`pick-${fixRow}`);
    let reached = false;
    for (let k = 0; k < 6 && !reached; k++) {
      await page.keyboard.press("Tab");
      reached = await fix.evaluate((button) => button === document.activeElement);
    }
    expect(reached, "Tab reaches the fix button of a collapsed row").to.equal(true);
    expect(await shownWidth(fix), "and shows it").to.be.greaterThan(20);
    expect(await shownWidth(page.locator(`#row-${fixRow} .finding-item > bdi`).first()), "the message shown beside it").to.be.greaterThan(20);
    // The current row shows in full, and its text is never cut while it is current. (The focus
    // leaves the row above first: a mouse press that takes it away folds that row up.)
    await page.evaluate(() => (document.activeElement as unknown as { blur(): void }).blur());
    await page.click("#row-6 .row-number");
    await page.locator("#row-6.picked").waitFor();
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    expect(await clamped(6), "the current row's text whole").to.equal(false);
    expect(await shownWidth(page.locator("#row-6 a.edit-link").first()), "its edit link shown").to.be.greaterThan(10);
    // An editor opened on it holds the whole text, and stays open and whole when another row becomes current.
    const paragraphId = Number(await page.getAttribute("#row-6 .cell.en .paragraph", "data-paragraph"));
    const text = server.store.getParagraphs(1, "en").find((p) => p.id === paragraphId)?.text;
    expect(text?.length ?? 0).to.be.greaterThan(200);
    await page.click("#row-6 .cell.en a.edit-link");
    const area = page.locator("#row-6 .inline-editor textarea");
    await area.waitFor();
    await page.click("#row-1 .row-number");
    await page.locator("#row-1.picked").waitFor();
    expect(await area.isVisible()).to.equal(true);
    expect(await area.inputValue()).to.equal(text);
    expect(await page.locator("#row-6 .inline-editor button.save").isVisible()).to.equal(true);
    await page.locator("#row-6 .inline-editor button.cancel").click();
    await ensure(page, "normal");
  });

  it("puts the toolbar on one line at 1440 with undo and redo in it (two lines at most at 800), the rest under More", async () => {
    const page = await pageAs("translator");
    for (const lang of ["en", "ar"] as const) {
      await open(page, lang);
      for (const [size, lines] of [[WIDE, 1], [{ width: 800, height: 900 }, 2]] as const) {
        await page.setViewportSize(size);
        const { toolbar, button } = await page.evaluate(() => ({
          toolbar: document.querySelector(".toolbar")!.getBoundingClientRect().height,
          button: document.querySelector('.toolbar button[value="confirm"]')!.getBoundingClientRect().height,
        }));
        // n lines of buttons, their gaps and the toolbar's padding: less than n + 1 buttons high.
        expect(toolbar, `${lang} at ${size.width}: ${toolbar} px for buttons ${button} px high`).to.be.below(button * (lines + 1));
      }
      await page.setViewportSize(WIDE);
      expect(await page.locator(".toolbar [formaction$='/undo']").isVisible()).to.equal(true);
      expect(await page.locator(".toolbar [formaction$='/redo']").isVisible()).to.equal(true);
      expect(await page.locator('.toolbar button[value="shift-en-up"]').isVisible(), "shifts folded under More").to.equal(false);
      await page.click(".toolbar-more > summary");
      expect(await page.locator('.toolbar button[value="shift-en-up"]').isVisible()).to.equal(true);
    }
    // The toolbar's undo undoes, in place.
    await open(page, "en");
    await page.click("#row-2 .row-number");
    await page.keyboard.press("c");
    await page.locator("#row-2.status-confirmed").waitFor();
    await page.click(".toolbar [formaction$='/undo']");
    await page.locator("#row-2.status-auto").waitFor();
    expect(server.store.getBeads(1)[1]?.status).to.equal("auto");
  });

  for (const density of ["normal", "compact"] as const) {
    it(`keeps the languages side by side from 800 px up with no sideways scrolling and a header that fits (${density})`, async () => {
      const page = await pageAs("admin", { width: 800, height: 900 });
      await open(page, "en");
      await ensure(page, density);
      for (const lang of ["en", "ar"] as const) {
        for (const width of [800, 1024, 1440]) {
          await page.setViewportSize({ width, height: 900 });
          await open(page, lang);
          const g = await geometry(page, 12);
          const where = `${lang} at ${width}`;
          expect(g.scrollWidth, `${where}: page width`).to.be.at.most(g.innerWidth);
          expect(g.headerOverflows, `${where}: header`).to.equal(false);
          expect(g.cells.length).to.equal(12);
          for (const [i, { en, ar }] of g.cells.entries()) {
            // English left of Arabic in the English interface; mirrored in the Arabic one.
            if (lang === "en") expect(ar.left, `${where}, row ${i + 1}`).to.be.greaterThan(en.right);
            else expect(en.left, `${where}, row ${i + 1}`).to.be.greaterThan(ar.right);
            expect(ar.top, `${where}, row ${i + 1}: on the same line`).to.be.below(en.bottom);
          }
        }
        await page.setViewportSize({ width: 800, height: 900 });
        await open(page, lang);
        await screenshot(page, `layout-800-${density}-${lang}.png`);
      }
      await ensure(page, "normal");
    });
  }

  it("stacks English above Arabic below 800 px, each labelled with its language, with no sideways scrolling", async () => {
    const page = await pageAs("viewer", { width: 600, height: 900 });
    const labels = { en: ["English", "Arabic"], ar: ["الإنجليزية", "العربية"] } as const;
    for (const lang of ["en", "ar"] as const) {
      await open(page, lang);
      const g = await geometry(page, 12);
      expect(g.scrollWidth, `${lang}: page width`).to.be.at.most(g.innerWidth);
      expect(g.headerOverflows, `${lang}: header`).to.equal(false);
      for (const [i, { en, ar }] of g.cells.entries()) expect(ar.top, `${lang}, row ${i + 1}`).to.be.at.least(en.bottom - 1);
      const shown = await page.evaluate(() => [".cell.en", ".cell.ar"].map((s) => getComputedStyle(document.querySelector(`#row-2 ${s}`), "::before").content));
      expect(shown).to.deep.equal(labels[lang].map((l) => JSON.stringify(l)));
      await screenshot(page, `layout-600-${lang}.png`);
    }
    // At 800 and wider the labels give way to the columns' header.
    await page.setViewportSize({ width: 800, height: 900 });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector("#row-2 .cell.en"), "::before").content)).to.equal("none");
  });
});
