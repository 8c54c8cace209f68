/**
 * The alignment view's page script in Chromium, against a real server and database file: an open
 * edit survives operations on other rows and on its own row; leaving with unsaved text asks
 * first and Esc cancels; a stale save shows both texts side by side; a click in the map makes
 * that row current so that `c` confirms it and no other, and so does arriving by a finding's
 * link; shortcuts work by physical key with the Arabic layout (code KeyJ while key is ت) and
 * while a radio button has focus; an operation
 * replaces only the rows it changed (other rows keep their DOM element, renumbered after a merge);
 * undo says what it undid, beside the row and in the live region; a finding's fix updates only
 * its row (an open edit elsewhere survives) and says what was fixed beside it.
 */
import { expect } from "chai";
import type { Browser, CDPSession, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage } from "../helpers/browser.js";

/** A key press as the Arabic layout sends it: the physical key's code with the Arabic character. */
async function pressArabic(cdp: CDPSession, code: string, key: string, keyCode: number, shift = false): Promise<void> {
  const modifiers = shift ? 8 : 0;
  await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", code, key, text: key, unmodifiedText: key, windowsVirtualKeyCode: keyCode, modifiers });
  await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", code, key, windowsVirtualKeyCode: keyCode, modifiers });
}

describe("page script in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const beads = () => server.store.getBeads(1);
  const currentRowId = () => page.locator('.rows > .row[aria-current="true"]').getAttribute("id");

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await logInPage(page, server.url, "admin");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(() => {
    expect(errors, "errors in the page").to.deep.equal([]);
  });

  it("keeps an open edit through a confirm on another row and on its own row", async () => {
    await page.goto(`${server.url}/documents/1`);
    const paragraph = page.locator("#row-2 .cell.en .paragraph").first();
    await paragraph.locator("a.edit-link").click();
    const area = paragraph.locator("textarea");
    await area.waitFor();
    await area.fill("Unsaved words typed by the editor.");
    // Another row: picked with a click, confirmed with c.
    await page.click("#row-5 .row-meta .shape");
    await page.keyboard.press("c");
    await page.locator("#row-5.status-confirmed").waitFor();
    expect(beads()[4]?.status).to.equal("confirmed");
    expect(await page.locator("#row-2 textarea").inputValue()).to.equal("Unsaved words typed by the editor.");
    // Its own row, re-rendered by the server: the editor is carried into the new rendering.
    await page.click("#row-2 .row-meta .shape");
    await page.keyboard.press("c");
    await page.locator("#row-2.status-confirmed").waitFor();
    expect(await page.locator("#row-2 textarea").inputValue()).to.equal("Unsaved words typed by the editor.");
    expect(await page.locator("#row-2 .cell.en .paragraph > p:not(.diff)").first().isHidden()).to.equal(true);
  });

  it("asks before leaving with unsaved text, and Esc cancels the edit", async () => {
    const dialogs: string[] = [];
    page.once("dialog", (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.click("a.brand");
    await page.waitForTimeout(300);
    expect(dialogs).to.deep.equal(["beforeunload"]);
    expect(new URL(page.url()).pathname).to.equal("/documents/1", "the user chose to stay");
    await page.locator("#row-2 textarea").press("Escape");
    expect(await page.locator("#row-2 textarea").count()).to.equal(0);
    expect(await page.locator("#row-2 .cell.en .paragraph > p").first().isVisible()).to.equal(true);
    expect(server.store.getParagraphs(1, "en")[1]?.text).to.not.include("Unsaved words");
    // Nothing unsaved now: leaving asks nothing.
    let asked = false;
    page.once("dialog", (dialog) => {
      asked = true;
      void dialog.accept();
    });
    await Promise.all([page.waitForURL(`${server.url}/`), page.click("a.brand")]);
    expect(asked).to.equal(false);
  });

  it("shows the current text beside the user's when a save is stale (409)", async () => {
    await page.goto(`${server.url}/documents/1`);
    const paragraph = page.locator("#row-3 .cell.en .paragraph").first();
    const id = Number(await paragraph.getAttribute("data-paragraph"));
    await paragraph.locator("a.edit-link").click();
    await paragraph.locator("textarea").waitFor();
    // Someone else saves the paragraph meanwhile.
    const other = await server.as("copy-editor");
    const stored = server.store.getParagraph(id)!;
    const saved = await other.json("PUT", `/api/paragraphs/${id}`, { text: `${stored.text} Their sentence.`, version: stored.version });
    expect(saved.status).to.equal(200);
    await paragraph.locator("textarea").fill("My own version of the paragraph.");
    await paragraph.locator("button.save").click();
    const columns = paragraph.locator(".conflict-columns");
    await columns.waitFor();
    expect(await columns.locator(".conflict-text").first().innerText()).to.include("Their sentence.");
    expect(await columns.locator(".conflict-text").nth(1).innerText()).to.equal("My own version of the paragraph.");
    expect(await paragraph.locator("textarea").inputValue()).to.equal("My own version of the paragraph.", "nothing typed is lost");
    await paragraph.locator("button.cancel").click();
  });

  it("makes a map cell's row current, so that c confirms that row and no other", async () => {
    await page.goto(`${server.url}/documents/1`);
    await page.click("#row-1 .row-meta .shape");
    const confirmedBefore = beads().map((b) => b.status);
    expect(confirmedBefore[6]).to.equal("auto");
    await page.locator('.alignment-map a[href="#row-7"]').click();
    expect(await currentRowId()).to.equal("row-7");
    expect(await page.locator("#status-line").innerText()).to.equal("Row 7 is the current row.");
    await page.keyboard.press("c");
    await page.locator("#row-7.status-confirmed").waitFor();
    const after = beads().map((b) => b.status);
    expect(after.map((s, k) => (s !== confirmedBefore[k] ? k : -1)).filter((k) => k >= 0)).to.deep.equal([6], "only row 7 changed");
    // Success says what was done, beside the row and in the live region.
    expect(await page.locator("#row-7 .row-message").innerText()).to.equal("Confirmed: row 7.");
    expect(await page.locator("#status-line").innerText()).to.equal("Confirmed: row 7.");
    // Undo says what it undid.
    await page.keyboard.press("u");
    await page.locator("#row-7.status-auto").waitFor();
    expect(await page.locator("#status-line").innerText()).to.equal("Undone: Confirmed (row 7).");
  });

  it("makes the row of a finding link current on arrival, so that c confirms that row", async () => {
    await server.findingsSettled();
    await page.goto(`${server.url}/documents/1`);
    const findingId = await page.locator(".finding-item").first().getAttribute("id");
    expect(findingId, "the sample document shows findings").to.match(/^finding-\d+$/u);
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}/documents/1#${findingId}`);
    const row = page.locator(".rows > .row", { has: page.locator(`#${findingId}`) });
    const id = await row.getAttribute("id");
    await page.locator('.rows > .row[aria-current="true"]').waitFor();
    expect(await currentRowId()).to.equal(id);
    const bead = Number(await row.getAttribute("data-bead"));
    if (server.store.getBeads(1).find((b) => b.id === bead)?.status === "confirmed") {
      await page.keyboard.press("x");
      await page.locator(`#${id}.status-auto`).waitFor();
    }
    await page.keyboard.press("c");
    await page.locator(`#${id}.status-confirmed`).waitFor();
    expect(server.store.getBeads(1).find((b) => b.id === bead)?.status).to.equal("confirmed");
  });

  it("works the shortcuts by physical key in the Arabic layout, also while a radio button has focus", async () => {
    await page.goto(`${server.url}/documents/1`);
    const cdp = await page.context().newCDPSession(page);
    await page.click("#pick-9"); // the radio button: it takes the focus
    expect(await currentRowId()).to.equal("row-9");
    await pressArabic(cdp, "KeyJ", "ت", 74); // j: next row
    expect(await currentRowId()).to.equal("row-10");
    await pressArabic(cdp, "KeyK", "ن", 75); // k: previous row
    expect(await currentRowId()).to.equal("row-9");
    await pressArabic(cdp, "KeyC", "ؤ", 67); // c: confirm
    await page.locator("#row-9.status-confirmed").waitFor();
    expect(beads()[8]?.status).to.equal("confirmed");
    await pressArabic(cdp, "KeyN", "ى", 78); // n: next unconfirmed
    expect(await currentRowId()).to.equal("row-10");
    await pressArabic(cdp, "KeyN", "آ", 78, true); // Shift+N: previous unconfirmed, past the confirmed row 9
    expect(await currentRowId()).to.equal("row-8");
    await pressArabic(cdp, "KeyO", "خ", 79); // o: next row that is not one-to-one
    const shapes = beads().map((b) => `${b.en.length}-${b.ar.length}`);
    const expected = shapes.findIndex((s, k) => k > 7 && s !== "1-1");
    expect(await currentRowId()).to.equal(expected >= 0 ? `row-${expected + 1}` : "row-8");
    await cdp.detach();
  });

  it("replaces only the rows an operation changed and renumbers the rows after a merge", async () => {
    await page.goto(`${server.url}/documents/1`);
    const count = await page.locator(".rows > .row").count();
    // Mark a row far from the merge: the same element must still be there afterwards.
    await page.locator("#row-20").evaluate((el) => el.setAttribute("data-probe", "kept"));
    const bead20 = await page.locator("#row-20").getAttribute("data-bead");
    await page.click("#row-4 .row-meta .shape");
    await page.keyboard.press("m");
    await page.locator("#row-4 .cell.en .paragraph:nth-child(2)").waitFor();
    expect(await page.locator(".rows > .row").count()).to.equal(count - 1);
    expect(await page.locator('[data-probe="kept"]').getAttribute("data-bead")).to.equal(bead20);
    expect(await page.locator('[data-probe="kept"]').getAttribute("id")).to.equal("row-19");
    expect(await page.locator('[data-probe="kept"] label.row-number').innerText()).to.equal("19");
    const ids = await page.locator(".rows > .row").evaluateAll((rows) => rows.map((r) => r.getAttribute("id")));
    expect(ids).to.deep.equal(Array.from({ length: count - 1 }, (_, k) => `row-${k + 1}`));
    expect(await page.locator(".alignment-map a").count()).to.equal(count - 1, "the map follows the new structure");
    await page.keyboard.press("u");
    await page.locator(".rows > .row").nth(count - 1).waitFor();
    expect(await page.locator('[data-probe="kept"]').getAttribute("id")).to.equal("row-20");
  });

  it("applies a finding's fix in place: only its row is replaced, an open edit elsewhere survives, the message is beside the row", async () => {
    await server.findingsSettled();
    await page.goto(`${server.url}/documents/1`);
    const fixButton = page.locator(".rows > .row button.fix").first();
    const action = (await fixButton.getAttribute("formaction"))!;
    const findingId = Number(/\/findings\/(\d+)\/apply/u.exec(action)?.[1]);
    const finding = server.store.getFinding(findingId)!;
    const textBefore = server.store.getParagraph(finding.paragraphId!)!.text;
    const fixRow = page.locator(".rows > .row", { has: page.locator(`button.fix[formaction="${action}"]`) });
    const fixRowId = (await fixRow.getAttribute("id"))!;
    const fixNumber = Number(fixRowId.slice("row-".length));
    // An edit open on a row away from the fix, with unsaved text.
    const editRowId = `row-${fixNumber > 5 ? fixNumber - 3 : fixNumber + 3}`;
    const paragraph = page.locator(`#${editRowId} .cell.en .paragraph`).first();
    await paragraph.locator("a.edit-link").click();
    await paragraph.locator("textarea").waitFor();
    await paragraph.locator("textarea").fill("Unsaved words beside a fix.");
    // Mark every row: a row replaced by the answer loses its mark.
    await page.locator(".rows > .row").evaluateAll((rows) => rows.forEach((r) => r.setAttribute("data-probe", "kept")));
    await page.locator(`button.fix[formaction="${action}"]`).click();
    await page.locator(`#${fixRowId} .row-message`).waitFor();
    const beside = await page.locator(`#${fixRowId} .row-message`).innerText();
    expect(beside).to.equal(await page.locator("#status-line").innerText(), "the same message beside the row and in the live region");
    expect(beside).to.include(finding.suggestion === "" ? "removed" : `→ “${finding.suggestion}”`);
    expect(await page.locator("#status-line").innerText()).to.match(new RegExp(`^Fixed \\(.+\\): .*, row ${fixNumber}\\.$`, "u"));
    expect(server.store.getParagraph(finding.paragraphId!)!.text).to.not.equal(textBefore);
    expect(await page.locator(`button.fix[formaction="${action}"]`).count()).to.equal(0, "the fixed finding is gone from the row");
    const replaced = await page.locator(".rows > .row:not([data-probe])").evaluateAll((rows) => rows.map((r) => Number(r.id.slice("row-".length))));
    expect(replaced).to.include(fixNumber);
    expect(replaced.every((n) => Math.abs(n - fixNumber) <= 1), `only the fixed row and its neighbours are replaced: ${replaced.join(",")}`).to.equal(true);
    expect(await page.locator(`#${editRowId}`).getAttribute("data-probe")).to.equal("kept");
    expect(await page.locator(`#${editRowId} textarea`).inputValue()).to.equal("Unsaved words beside a fix.");
    await page.locator(`#${editRowId} textarea`).press("Escape");
  });
});
