/**
 * A job's page in a real browser (Chromium): while the job runs, the page script asks for its
 * progress every second and writes it into the page in place (no reload: a mark left on the window
 * survives), the bar included; when the job ends, the page reloads once and shows its result,
 * without the Cancel form. The job is run by "another process" (this test, writing its progress as
 * a runner would), so the server's own runner leaves it alone.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";

describe("a job's live progress in a real browser (Chromium)", function () {
  this.timeout(120000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  before(async () => {
    server = await startServer({ sample: false });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on("pageerror", (e) => errors.push(e.message));
    await logInPage(page, server.url, "copy-editor");
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("updates the progress in place while the job runs, then shows its result once it has ended", async () => {
    const { store } = server;
    const id = store.atomically(() => {
      const created = store.createJob({ kind: "archive", params: {}, createdBy: "copy-editor" });
      store.claimJob(created, "test-process", new Date().toISOString());
      store.setJobProgress(created, "read", 1, 10);
      return created;
    });
    await page.goto(`${server.url}/jobs/${id}`);
    expect(await page.locator('[data-field="progressText"]').textContent()).to.equal("1 of 10");
    await page.evaluate(() => { (globalThis as { stillHere?: boolean }).stillHere = true; });

    store.setJobProgress(id, "read", 7, 10);
    await page.locator('[data-field="progressText"]', { hasText: "7 of 10" }).waitFor({ timeout: 10_000 });
    expect(await page.locator('progress[data-field="percent"]').evaluate((bar) => (bar as unknown as { value: number }).value)).to.equal(70);
    expect(await page.locator('[data-field="rateText"]').textContent()).to.match(/ a second$/u);
    expect(await page.evaluate(() => (globalThis as { stillHere?: boolean }).stillHere), "updated in place, not reloaded").to.equal(true);
    await screenshot(page, "job-progress-running.png");

    store.setJobProgress(id, "pair", 2, 5);
    await page.locator('[data-field="stageLabel"]', { hasText: "Pairing the articles" }).waitFor({ timeout: 10_000 });
    store.finishJob(id, "done", { documents: 3 });
    await page.locator(".job-result").waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-field="stateLabel"]').textContent()).to.equal("Done");
    expect(await page.locator(".job-result").textContent()).to.include("documents").and.include("3");
    expect(await page.locator("form.job-cancel").count()).to.equal(0);
    expect(await page.evaluate(() => (globalThis as { stillHere?: boolean }).stillHere), "reloaded once at the end").to.equal(undefined);
    expect(errors).to.deep.equal([]);
  });
});
