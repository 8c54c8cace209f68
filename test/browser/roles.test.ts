/**
 * The interface tells the truth about roles and states, in Chromium against a real server on
 * loopback (issue 11, items 5 and 8): a translator on a locked document sees no editing tool, a
 * notice and the real status, and the server still refuses a change forged past the page; a viewer
 * on the glossary page sees no add, edit, remove or import, and a forged change gets the refusal
 * page in the viewer's language; removing a glossary entry asks first, without JavaScript too; a pair
 * rejected with `r` is struck through and left out of a TMX export unless asked for, and both
 * exports are valid against the TMX DTD (xmllint, ../shared/schemas).
 */
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { tempDir } from "../helpers/temp.js";
import { sharedOrSkip } from "../helpers/shared.js";
import { SCHEMA_PURPOSE, validateTmx } from "../domain/export/validators.js";
import { translatorFor } from "../../server/i18n/translate.js";

/** The one browser global these tests read inside the page (the build has no DOM library). */
declare const getComputedStyle: (element: unknown) => { textDecorationLine: string };

const en = translatorFor("en");
const ar = translatorFor("ar");

/** A script for the page: build a form with these fields and submit it, as a forged page would. */
function submitForm(action: string, fields: Record<string, string>): string {
  return `(() => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = ${JSON.stringify(action)};
    for (const [name, value] of Object.entries(${JSON.stringify(fields)})) {
      const input = document.createElement("input");
      input.type = "hidden"; input.name = name; input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  })()`;
}

/** Submits a forged form from the page and answers the status of the page it leads to. */
async function forge(page: Page, action: string, fields: Record<string, string>): Promise<number> {
  const [response] = await Promise.all([page.waitForNavigation(), page.evaluate(submitForm(action, fields))]);
  return response?.status() ?? 0;
}

const csrfOf = async (page: Page): Promise<string> => (await page.locator('meta[name="csrf-token"]').getAttribute("content")) ?? "";

/** Editing tools of the alignment view, none of which a locked document may show a non-admin. */
const EDITING_TOOLS = [
  ".toolbar", 'button[name="op"]', 'input[name="target"]', "a.edit-link", "button.fix", "button.dismiss",
  'form[action$="/status"]', 'select[name="status"]', '[formaction$="/undo"]', '[formaction$="/redo"]',
];

describe("roles and states in a real browser (Chromium)", function () {
  this.timeout(180000);
  let server: TestServer;
  let browser: Browser;

  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageAs(role: string, options: { javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: options.javaScript ?? true, acceptDownloads: true });
    const page = await context.newPage();
    await logInPage(page, server.url, role);
    return page;
  }

  it("shows a translator a locked document read-only, with its real status, and the server still refuses forged changes", async () => {
    server.store.setDocumentStatus(1, "open", "admin");
    const translator = await pageAs("translator");
    await translator.goto(`${server.url}/documents/1`);
    // While the document is open the translator has the tools (so their absence below means something).
    expect(await translator.locator(".toolbar").count()).to.equal(1);
    expect(await translator.locator('input[name="target"]').count()).to.be.greaterThan(0);

    const admin = await pageAs("admin");
    await admin.goto(`${server.url}/documents/1`);
    await admin.selectOption('select[name="status"]', "locked");
    await Promise.all([admin.waitForURL(`${server.url}/documents/1`), admin.click('form[action$="/status"] button[type="submit"]')]);
    expect(server.store.getDocument(1)?.status).to.equal("locked");
    expect(await admin.locator(".document-status").innerText()).to.equal(en("status.locked"));
    expect(await admin.locator('select[name="status"]').inputValue(), "the admin's menu shows the real status").to.equal("locked");
    expect(await admin.locator(".toolbar").count(), "an admin still edits a locked document").to.equal(1);
    await admin.context().close();

    await translator.goto(`${server.url}/documents/1`);
    expect(await translator.locator(".document-status").innerText()).to.equal(en("status.locked"));
    expect(await translator.locator(".read-only-notice").innerText()).to.equal(en("alignment.readOnlyLocked"));
    for (const selector of EDITING_TOOLS) expect(await translator.locator(selector).count(), selector).to.equal(0);
    expect(await translator.locator(".row").count()).to.be.greaterThan(5);
    expect(await translator.locator("#shortcuts kbd", { hasText: /^c$/u }).count(), "the shortcuts help lists no operation").to.equal(0);
    await screenshot(translator, "roles-locked-translator.png");

    const before = JSON.stringify(server.store.getBeads(1).map((b) => [b.id, b.status, b.version]));
    const bead = server.store.getBeads(1)[0]!;
    const csrf = await csrfOf(translator);
    // The page script's API, called directly with a valid session and CSRF token.
    const api = await translator.request.post(`${server.url}/api/documents/1/align`, {
      headers: { "X-CSRF-Token": csrf }, data: { op: "reject", bead: bead.id, version: bead.version },
    });
    expect(api.status()).to.equal(403);
    expect(((await api.json()) as { message: string }).message).to.equal(en("errors.auth.locked"));
    // A form forged into the page: the refusal is a page that says why.
    expect(await forge(translator, "/documents/1/align", { _csrf: csrf, op: "confirm", target: `${bead.id}:${bead.version}` })).to.equal(403);
    expect(await translator.locator("h1").innerText()).to.equal(en("forbidden.title"));
    expect(await translator.locator(".error-message").innerText()).to.equal(en("errors.auth.locked"));
    expect(await translator.locator("main").innerText()).to.include(en("forbidden.who", { name: "translator", role: en("roles.translator") }));
    expect(await translator.locator("a.back-link").getAttribute("href")).to.equal("/documents/1");
    // The no-JavaScript edit page of an Arabic paragraph (the translator's side) says the same.
    const arabic = server.store.getParagraphs(1, "ar")[1]!;
    expect((await translator.goto(`${server.url}/paragraphs/${arabic.id}/edit`))?.status()).to.equal(403);
    expect(await translator.locator(".error-message").innerText()).to.equal(en("errors.auth.locked"));
    expect(await translator.locator("textarea").count()).to.equal(0);
    const status = await translator.request.post(`${server.url}/api/documents/1/status`, { headers: { "X-CSRF-Token": csrf }, data: { status: "open" } });
    expect(status.status()).to.equal(403);
    expect(server.store.getDocument(1)?.status).to.equal("locked");
    expect(JSON.stringify(server.store.getBeads(1).map((b) => [b.id, b.status, b.version]))).to.equal(before);
    await translator.context().close();
  });

  it("shows a viewer the glossary without add, edit, remove or import, and answers a forged change with a refusal page in Arabic", async () => {
    const viewer = await pageAs("viewer");
    await viewer.goto(`${server.url}/glossary?lang=ar`);
    expect(await viewer.locator("html").getAttribute("lang")).to.equal("ar");
    expect(await viewer.locator("table.glossary tbody tr").count()).to.be.greaterThan(0);
    for (const selector of ['form[method="post"][action="/glossary"]', 'form[action="/glossary/import"]', 'form[action="/glossary/remove"]', 'form[action="/glossary/edit"]', 'textarea[name="tsv"]', 'input[name="tsvFile"]']) {
      expect(await viewer.locator(selector).count(), selector).to.equal(0);
    }
    expect(await viewer.locator(".read-only-notice").innerText()).to.equal(ar("glossary.readOnly"));
    expect(await viewer.locator('a[href="/glossary/export"]').count(), "exporting is the viewer's right").to.equal(1);
    await screenshot(viewer, "roles-glossary-viewer-ar.png");

    const entries = JSON.stringify(server.store.listGlossary());
    const csrf = await csrfOf(viewer);
    expect(await forge(viewer, "/glossary", { _csrf: csrf, ar: "مزوّر", en: "Forged", kind: "term", note: "" })).to.equal(403);
    expect(await viewer.locator("html").getAttribute("dir")).to.equal("rtl");
    expect(await viewer.locator("h1").innerText()).to.equal(ar("forbidden.title"));
    expect(await viewer.locator(".error-message").innerText()).to.equal(ar("errors.auth.forbidden"));
    const text = await viewer.locator("main").innerText();
    expect(text).to.include(ar("forbidden.who", { name: "viewer", role: ar("roles.viewer") }));
    expect(text).to.include(ar("forbidden.ask"));
    expect(await viewer.locator("a.back-link").getAttribute("href")).to.equal("/glossary?lang=ar");
    await screenshot(viewer, "roles-forbidden-viewer-ar.png");

    const first = server.store.listGlossary()[0]!;
    for (const [path, fields] of [["/glossary/remove", { ar: first.ar, en: first.en, confirmed: "yes" }], ["/glossary/import", { tsv: "ar\ten\nمزور\tForged\n" }]] as const) {
      const res = await viewer.request.post(`${server.url}${path}`, { form: { _csrf: csrf, ...fields }, headers: { accept: "text/html" } });
      expect(res.status(), path).to.equal(403);
      expect(await res.text(), path).to.include(ar("forbidden.title"));
    }
    expect((await viewer.request.get(`${server.url}/glossary/remove?ar=${encodeURIComponent(first.ar)}&en=${encodeURIComponent(first.en)}`)).status()).to.equal(403);
    expect(JSON.stringify(server.store.listGlossary())).to.equal(entries);
    await viewer.context().close();
  });

  it("asks a translator before removing a glossary entry, on a page that works without JavaScript", async () => {
    const translator = await pageAs("translator", { javaScript: false });
    await translator.goto(`${server.url}/glossary`);
    const entry = server.store.listGlossary()[0]!;
    const count = server.store.listGlossary().length;
    const removeButton = translator.locator("table.glossary tbody tr").first().locator("button", { hasText: en("glossary.remove") });
    await Promise.all([translator.waitForURL(/\/glossary\/remove\?/u), removeButton.click()]);
    expect(await translator.locator("h1").innerText()).to.equal(en("glossary.removeTitle"));
    expect(await translator.locator("main").innerText()).to.include(entry.en);
    expect(server.store.listGlossary()).to.have.length(count);
    await Promise.all([translator.waitForURL(`${server.url}/glossary`), translator.click(`a:has-text("${en("removal.cancel")}")`)]);
    expect(server.store.listGlossary()).to.have.length(count);

    await Promise.all([translator.waitForURL(/\/glossary\/remove\?/u), removeButton.click()]);
    await Promise.all([translator.waitForURL(`${server.url}/glossary`), translator.click(`button:has-text("${en("glossary.removeConfirm")}")`)]);
    expect(server.store.listGlossary()).to.have.length(count - 1);
    expect(server.store.listGlossary().some((e) => e.ar === entry.ar && e.en === entry.en)).to.equal(false);
    await translator.context().close();
  });

  it("rejects a pair with r: struck through, left out of the TMX export, and in it when asked (both valid TMX)", async function () {
    sharedOrSkip(this, SCHEMA_PURPOSE, ["schemas"]);
    server.store.setDocumentStatus(1, "open", "admin");
    const translator = await pageAs("translator");
    await translator.goto(`${server.url}/documents/1`);
    // A two-sided row (one-sided pairs are left out of TMX anyway).
    const rowNumber = 2;
    expect(await translator.locator(`#row-${rowNumber} .shape`).innerText()).to.equal("1-1");
    const beadId = Number(await translator.locator(`#row-${rowNumber}`).getAttribute("data-bead"));
    await translator.click(`#row-${rowNumber} .cell.en`);
    await translator.keyboard.press("r");
    await translator.locator(`#row-${rowNumber}.status-rejected`).waitFor();
    expect(server.store.getBeads(1).find((b) => b.id === beadId)?.status).to.equal("rejected");
    const decoration = await translator.locator(`#row-${rowNumber} .cell.en p`).first().evaluate((p) => getComputedStyle(p).textDecorationLine);
    expect(decoration).to.include("line-through");
    expect(await translator.locator(`#row-${rowNumber} .status`).innerText()).to.equal(en("beadStatus.rejected"));
    await screenshot(translator, "roles-rejected-row.png");
    await translator.reload();
    expect(await translator.locator(".counts").innerText()).to.include("1 rejected");
    expect(await translator.locator(`#row-${rowNumber}.status-rejected`).count(), "still rejected after a reload").to.equal(1);

    const dir = tempDir();
    async function downloadTmx(includeRejected: boolean): Promise<string> {
      await translator.goto(`${server.url}/exports`);
      await translator.selectOption("#export-format", "tmx");
      await translator.check('input[name="status"][value="all"]');
      if (includeRejected) await translator.check('input[name="rejected"][value="include"]');
      const [download] = await Promise.all([translator.waitForEvent("download"), translator.click(`button:has-text("${en("exports.page.download")}")`)]);
      const path = join(dir, `${includeRejected ? "with" : "without"}-rejected.tmx`);
      await download.saveAs(path);
      const validation = validateTmx(path);
      expect(validation.ok, validation.output).to.equal(true);
      return readFileSync(path, "utf8");
    }
    const tuid = `tuid="1-${rowNumber}"`;
    const without = await downloadTmx(false);
    expect(without).to.include('tuid="1-');
    expect(without).to.not.include(tuid);
    expect(without).to.not.include(">rejected</prop>");
    const withRejected = await downloadTmx(true);
    expect(withRejected).to.include(tuid);
    const unit = withRejected.slice(withRejected.indexOf(tuid), withRejected.indexOf("</tu>", withRejected.indexOf(tuid)));
    expect(unit).to.include('<prop type="x-status">rejected</prop>');
    expect((withRejected.match(/<tu /gu) ?? []).length).to.equal((without.match(/<tu /gu) ?? []).length + 1);

    // Undo takes the rejection back like any other status change.
    await translator.goto(`${server.url}/documents/1`);
    await translator.keyboard.press("u");
    await translator.locator(`#row-${rowNumber}.status-auto`).waitFor();
    expect(server.store.getBeads(1).find((b) => b.id === beadId)?.status).to.equal("auto");
    await translator.context().close();
  });
});
