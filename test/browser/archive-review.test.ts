/**
 * The pairing review in Chromium against a real server on loopback (the archive seeded with plain
 * SQL into the server's database file): a translator confirms the best pair, rejects the second,
 * and re-pairs the budget story by hand through the search of the Arabic titles (the look-alike
 * pair it was in is rejected); each shows on the archive's page afterwards, and the articles the
 * decisions freed show in the unpaired lists. Then the same page in Arabic, titles in their own
 * direction.
 */
import { expect } from "chai";
import type { Browser, Page } from "playwright-core";
import { startServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, logInPage, screenshot } from "../helpers/browser.js";
import { openStore } from "../../server/store/open-store.js";
import { seedArchive, type SeededArchive } from "../helpers/archive-review-data.js";

describe("reviewing an archive's pairing in a real browser (Chromium)", function () {
  this.timeout(180000);
  let server: TestServer;
  let browser: Browser;
  let seeded: SeededArchive;

  before(async () => {
    server = await startServer({ sample: false });
    const seeding = openStore(server.dbPath);
    seeded = seedArchive(seeding.db);
    seeding.close();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function pageAs(role: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logInPage(page, server.url, role);
    return page;
  }

  const statusOf = (page: Page, pairId: number) => page.locator(`#pair-${pairId} .pair-status`).innerText();
  const unpairedIds = async (page: Page, edition: "en" | "ar") => {
    await page.goto(`${server.url}/archives/${seeded.archiveId}/unpaired?edition=${edition}`);
    return page.locator("tr.unpaired-article").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-article")));
  };

  it("confirms a pair, rejects one, re-pairs one by hand through the search, and shows each afterwards", async () => {
    const [p1, p2, p3] = seeded.pairIds as [number, number, number];
    const page = await pageAs("translator");
    await page.goto(`${server.url}/archives`);
    await page.click(`a[href="/archives/${seeded.archiveId}"]`);
    expect(await page.locator("tr.archive-pair").count()).to.equal(3);

    await page.click(`#pair-${p1} button.confirm-pair`);
    await page.waitForURL(/status=all#pair-/u);
    expect(await statusOf(page, p1)).to.include("Confirmed").and.include("translator");
    expect(await page.locator(`#pair-${p1} button.confirm-pair`).count(), "a confirmed pair offers no confirm").to.equal(0);

    await page.click(`#pair-${p2} button.reject-pair`);
    await page.waitForLoadState("load");
    expect(await statusOf(page, p2)).to.include("Rejected");
    expect(await statusOf(page, p1)).to.include("Confirmed");

    // The budget story is proposed with its look-alike: re-pair the English one through the search.
    await page.click(`#pair-${p3} a.repair-en`);
    await page.waitForURL(/\/repair\?en=en-3/u);
    expect(await page.locator(".repair-article .article-title").innerText()).to.equal("Budget approved after twelve hours");
    await page.fill('input[name="q"]', "اقرار الميزانيه");
    await page.click('form[role="search"] button[type="submit"]');
    await page.waitForURL(/q=/u);
    const candidates = page.locator("tr.repair-candidate");
    expect(await candidates.evaluateAll((rows) => rows.map((r) => r.getAttribute("data-article")))).to.deep.equal(["ar-3"]);
    expect(await candidates.locator(".article-title").getAttribute("dir")).to.equal("rtl");
    await screenshot(page, "archive-review-repair.png");
    await candidates.locator("button.pair-with").click();
    await page.waitForURL(/status=manual#pair-/u);
    const manual = page.locator("tr.archive-pair");
    expect(await manual.count()).to.equal(1);
    expect(await manual.getAttribute("data-en")).to.equal("en-3");
    expect(await manual.getAttribute("data-ar")).to.equal("ar-3");
    expect(await manual.locator(".score").innerText()).to.equal("by hand");
    expect(await manual.locator(".evidence").innerText()).to.include("Paired by hand by translator");

    await page.goto(`${server.url}/archives/${seeded.archiveId}?status=all`);
    expect(await statusOf(page, p1)).to.include("Confirmed");
    expect(await statusOf(page, p2)).to.include("Rejected");
    expect(await statusOf(page, p3), "the look-alike pair was rejected by the re-pair").to.include("Rejected");
    await screenshot(page, "archive-review-pairs.png");

    // What the decisions freed: the rejected floods pair on both sides, the look-alike on the Arabic.
    expect(await unpairedIds(page, "en")).to.deep.equal(["en-2", "en-5", "en-4"]);
    expect(await unpairedIds(page, "ar")).to.deep.equal(["ar-2", "ar-4", "ar-6", "ar-5"]);
    await page.context().close();
  });

  it("shows the pairs in Arabic, each title in its own direction, and decides the ticked pairs at once", async () => {
    const page = await pageAs("admin");
    await page.goto(`${server.url}/archives/${seeded.archiveId}?status=all&lang=ar`);
    expect(await page.locator("html").getAttribute("dir")).to.equal("rtl");
    const first = page.locator("tr.archive-pair").first();
    expect(await first.locator(".pair-en .article-title").getAttribute("dir")).to.equal("ltr");
    expect(await first.locator(".pair-ar .article-title").getAttribute("dir")).to.equal("rtl");
    expect(await page.locator("h1").innerText()).to.equal("Spring 2024");
    expect(await page.locator("button", { hasText: "رفض الأزواج المحدَّدة" }).count()).to.equal(1);

    // Tick the two rejected pairs (floods and the look-alike) and confirm them: the look-alike's articles are taken, so it stays.
    const [, p2, p3] = seeded.pairIds as [number, number, number];
    await page.check(`#pair-${p2} input[type="checkbox"]`);
    await page.check(`#pair-${p3} input[type="checkbox"]`);
    await page.click('#bulk-decision button[value="confirm"]');
    await page.waitForURL(/decided=/u);
    expect(await page.locator("p.notice").innerText()).to.include("تقرّر أمر زوج واحد");
    expect(await statusOf(page, p2)).to.include("مؤكَّد");
    expect(await statusOf(page, p3)).to.include("مرفوض");
    await page.context().close();
  });
});
