/**
 * A row's sentence links in Chromium, against a real server and database file, as the issue asks:
 * open a row's sentences from its link, move an Arabic sentence to the link above with `a` (after
 * `j` picks the second link), confirm with `c`, undo and redo with `u` / `U`, reopen it with `S`, then export at
 * sentence level through the export page and find that link in the TMX: the English sentence and
 * both Arabic sentences joined in one unit `<document>-<row>.1`, valid against the TMX DTD.
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { tempDir } from "../helpers/temp.js";
import { validateTmx } from "../domain/export/validators.js";
import { readSentencePanel } from "../../server/services/sentence-links.js";
import { translatorFor } from "../../server/i18n/translate.js";

const en = translatorFor("en");
const decode = (xml: string) => xml.replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&quot;/gu, '"').replace(/&apos;/gu, "'").replace(/&amp;/gu, "&");

describe("sentence links in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await logInPage(page, server.url, "translator");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(() => {
    expect(errors, "errors in the page").to.deep.equal([]);
  });

  it("opens a row's sentences, shifts a link, confirms, undoes and redoes, and the TMX at sentence level holds that link", async () => {
    const store = server.store;
    // A row of two English and two Arabic sentences, linked one to one by the aligner.
    const bead = store.getBeads(1).find((b) => {
      const panel = readSentencePanel(store, 1, b.id);
      return panel.en.length === 2 && panel.ar.length === 2 && panel.links.length === 2;
    })!;
    const row = bead.position + 1;
    const before = readSentencePanel(store, 1, bead.id);

    await page.goto(`${server.url}/documents/1?lang=en`);
    await page.click(`#row-${row} a.sentences-link`);
    const dialog = page.locator("dialog#sentence-dialog[open]");
    await dialog.locator('.sentence-panel[data-source="computed"]').waitFor();
    expect(await dialog.locator(".sentence-link").count()).to.equal(2);
    expect(await dialog.locator(".sentence-link").first().locator(".cell.ar").getAttribute("dir")).to.equal("rtl");
    expect(await dialog.locator(".sentence-link").first().locator(".cell.en").getAttribute("dir")).to.equal("ltr");
    expect(await dialog.locator(".score-value").count()).to.equal(2, "each link shows its score");

    // j picks the second link; a moves its Arabic sentence up into the first link.
    await page.keyboard.press("j");
    expect(await dialog.locator(".sentence-link.picked").getAttribute("data-link")).to.equal("1");
    await page.keyboard.press("a");
    await dialog.locator('.sentence-panel[data-source="edited"]').waitFor();
    expect(await dialog.locator(".sentence-link").first().locator(".cell.ar .sentence").count()).to.equal(2);
    expect(await dialog.locator("p.status-line").innerText()).to.equal(`${en("history.actions.sentences-shift")}: row ${row}.`);
    await page.keyboard.press("c");
    await dialog.locator('.sentence-panel[data-source="confirmed"]').waitFor();
    await screenshot(page, "sentence-links-confirmed.png");
    expect(readSentencePanel(store, 1, bead.id).links.map((l) => `${l.en}|${l.ar}`)).to.deep.equal(["0|0,1", "1|"]);

    // Undo takes back the confirmation, redo makes it again (the document's undo, from the panel).
    await page.keyboard.press("u");
    await dialog.locator('.sentence-panel[data-source="edited"]').waitFor();
    await page.keyboard.press("Shift+U");
    await dialog.locator('.sentence-panel[data-source="confirmed"]').waitFor();
    await page.keyboard.press("Escape");
    await page.locator("dialog#sentence-dialog[open]").waitFor({ state: "detached" }).catch(() => undefined);
    expect(await page.locator("dialog#sentence-dialog").evaluate((d) => d.hasAttribute("open"))).to.equal(false);
    // S opens the current row's sentences again (the row whose link was clicked is current), as confirmed.
    await page.keyboard.press("Shift+S");
    await dialog.locator('.sentence-panel[data-source="confirmed"]').waitFor();
    await page.keyboard.press("Escape");

    // Export at sentence level through the export page.
    await page.goto(`${server.url}/exports?lang=en`);
    await page.selectOption("#export-format", "tmx");
    await page.check('input[name="status"][value="all"]');
    await page.check('input[name="granularity"][value="sentence"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`button:has-text("${en("exports.page.download")}")`)]);
    const path = join(tempDir(), "sentences.tmx");
    await download.saveAs(path);
    const validation = validateTmx(path);
    expect(validation.ok, validation.output).to.equal(true);
    const tmx = readFileSync(path, "utf8");
    const tuid = `tuid="1-${row}.1"`;
    expect(tmx).to.include(tuid);
    const unit = tmx.slice(tmx.indexOf(tuid), tmx.indexOf("</tu>", tmx.indexOf(tuid)));
    const segs = [...unit.matchAll(/<tuv xml:lang="(en|ar)"><seg>([\s\S]*?)<\/seg><\/tuv>/gu)].map((m) => [m[1], decode(m[2] ?? "")]);
    expect(segs).to.deep.equal([["en", before.en[0]], ["ar", `${before.ar[0]} ${before.ar[1]}`]]);
    // The second link is English only: left out (one-sided sentences are skipped by default).
    expect(tmx).to.not.include(`tuid="1-${row}.2"`);
  });
});
