#!/usr/bin/env node
/**
 * Screenshots of the alignment view as a reviewer first sees it, in English and in Arabic, for
 * looking at the interface and for the record: a fresh database with the sample corpus, its
 * findings computed here first (the server's background would do the same, but on a busy machine
 * its time budget can run out and leave the screenshot without findings), then a real mizan server
 * on it (a child process on a loopback port), Debian's Chromium at 1440×900 through
 * playwright-core, a login through the real form, the view of the sample document. Writes alignment-en.png, alignment-ar.png and alignment-ar-why.png (the
 * Arabic view with the first rows' "why this pair" open) to the folder given, and prints how many
 * rows each first viewport shows. Then the layouts of issue 13, in both interface languages:
 * width-800-{en,ar}.png and width-600-{en,ar}.png (900 px high: the languages side by side at
 * 800, stacked at 600) and compact-1440-{en,ar}.png (the compact mode, switched on with the page's
 * own toggle and off again at the end), printing for each the rows wholly in the first viewport,
 * the first row's top and whether the page scrolls sideways.
 *
 * Usage: node dist/scripts/screenshot-alignment.js [OUT_DIR]   (default bench-output/screenshots)
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { launchChromium, logInThroughForm } from "./chromium.js";
import { ROOT } from "../server/paths.js";
import { openSqliteStore } from "../server/store/sqlite-store.js";
import { loadSampleCorpus } from "../server/services/load-sample.js";
import { refreshFindings } from "../server/services/document-checks.js";
import { ensureAdmin } from "../server/services/accounts.js";
import { runChecks } from "../server/domain/checks/run-checks.js";
import { checkResources } from "../server/services/check-resources.js";
import { logInAs, startServerProcess } from "./server-process.js";

const PASSWORD = "screenshot-password-123";
const VIEWPORT = { width: 1440, height: 900 };

// What the page functions below use of the browser's DOM (the scripts compile without the DOM lib).
type Box = { top: number; bottom: number };
declare const document: {
  querySelectorAll(selector: string): ArrayLike<{ getBoundingClientRect(): Box; open?: boolean }>; fonts: { ready: Promise<unknown> };
  documentElement: { scrollWidth: number; dataset: Record<string, string | undefined> };
};
declare const window: { innerHeight: number; innerWidth: number };

/** The layout as a reader first sees it: rows whole in view, where the first row starts, sideways scrolling. */
async function measureLayout(page: Page): Promise<{ whole: number; firstTop: number; scrollWidth: number; width: number }> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll(".row")).map((row) => row.getBoundingClientRect());
    return {
      whole: rows.filter((r) => r.top >= 0 && r.bottom <= window.innerHeight).length,
      firstTop: Math.round(rows[0]?.top ?? -1),
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
    };
  });
}

/** Clicks the page's "Compact view" toggle and waits until the page has switched to `density`. */
async function switchDensity(page: Page, density: "compact" | "normal"): Promise<void> {
  await page.click("#density-form button");
  await page.waitForFunction((wanted) => (document.documentElement.dataset.density ?? "normal") === wanted, density);
}

/** Rows of the view that show in the first viewport: wholly, and at least in part. */
async function rowsInView(page: Page): Promise<{ whole: number; partly: number }> {
  return page.evaluate(() => {
    const rows = Array.from(document.querySelectorAll(".row")).map((row) => row.getBoundingClientRect());
    const height = window.innerHeight;
    return {
      whole: rows.filter((r) => r.top >= 0 && r.bottom <= height).length,
      partly: rows.filter((r) => r.bottom > 0 && r.top < height).length,
    };
  });
}

/** Waits until the background has computed the document's findings, so the view shows them. */
async function waitForFindings(url: string, cookie: string, id: number): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    const answer = (await (await fetch(`${url}/api/documents/${id}`, { headers: { cookie, accept: "application/json" } })).json()) as { findingsFresh?: boolean };
    if (answer.findingsFresh) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error("the findings of the sample document were not computed within 30 s");
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? join(ROOT, "bench-output", "screenshots"));
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "mizan-screenshots-"));
  const dbPath = join(dir, "screenshots.db");
  const store = openSqliteStore(dbPath);
  ensureAdmin(store, PASSWORD);
  const loaded = await loadSampleCorpus(store);
  // The checks load their dictionaries and language model on first use, inside their time
  // budget: a first run on a line of text loads them, so the sample's run has the whole budget.
  runChecks({ en: ["The the talks went on."], ar: ["استمرت المحادثات."], beads: [{ en: [0], ar: [0] }], context: checkResources() });
  const findings = loaded.map((documentId) => refreshFindings(store, documentId).findings).reduce((a, b) => a + b, 0);
  store.close();
  const server = await startServerProcess(dbPath);
  const browser = await launchChromium();
  try {
    const session = await logInAs(server.url, "admin", PASSWORD);
    const listing = (await (await fetch(`${server.url}/api/documents`, { headers: { cookie: session.cookie, accept: "application/json" } })).json()) as { documents: { id: number }[] };
    const id = listing.documents[0]?.id;
    if (id === undefined) throw new Error("the server loaded no sample document");
    await waitForFindings(server.url, session.cookie, id);

    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await logInThroughForm(page, server.url, "admin", PASSWORD);

    console.log(`alignment view of document ${id} (${findings} findings) at ${VIEWPORT.width}×${VIEWPORT.height}, Chromium ${browser.version()}`);
    for (const lang of ["en", "ar"] as const) {
      await page.goto(`${server.url}/documents/${id}?lang=${lang}`);
      await page.evaluate(() => document.fonts.ready);
      const path = join(out, `alignment-${lang}.png`);
      await page.screenshot({ path, fullPage: false });
      const rows = await rowsInView(page);
      console.log(`${lang}: ${rows.whole} rows wholly and ${rows.partly} at least in part in the first viewport -> ${path}`);
    }
    // The Arabic view with "why this pair" open on the first rows: the values inside it.
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll("details.why")).slice(0, 3)) details.open = true;
    });
    const whyPath = join(out, "alignment-ar-why.png");
    await page.screenshot({ path: whyPath, fullPage: false });
    console.log(`ar, "why this pair" open on the first rows -> ${whyPath}`);

    for (const lang of ["en", "ar"] as const) {
      for (const [width, name] of [[800, "width-800"], [600, "width-600"]] as const) {
        await page.setViewportSize({ width, height: VIEWPORT.height });
        await page.goto(`${server.url}/documents/${id}?lang=${lang}`);
        await page.evaluate(() => document.fonts.ready);
        const path = join(out, `${name}-${lang}.png`);
        await page.screenshot({ path, fullPage: false });
        const m = await measureLayout(page);
        console.log(`${lang} at ${width}×${VIEWPORT.height}: first row's top ${m.firstTop} px, ${m.whole} rows wholly in view, page ${m.scrollWidth} px wide in ${m.width} -> ${path}`);
      }
      await page.setViewportSize(VIEWPORT);
      await page.goto(`${server.url}/documents/${id}?lang=${lang}`);
      await switchDensity(page, "compact");
      await page.reload();
      await page.evaluate(() => document.fonts.ready);
      const path = join(out, `compact-1440-${lang}.png`);
      await page.screenshot({ path, fullPage: false });
      const m = await measureLayout(page);
      console.log(`${lang} compact at ${VIEWPORT.width}×${VIEWPORT.height}: ${m.whole} rows wholly in view, first row's top ${m.firstTop} px -> ${path}`);
      for (const width of [800, 600]) {
        await page.setViewportSize({ width, height: VIEWPORT.height });
        const c = await measureLayout(page);
        console.log(`${lang} compact at ${width}×${VIEWPORT.height}: first row's top ${c.firstTop} px, ${c.whole} rows wholly in view, page ${c.scrollWidth} px wide in ${c.width}`);
      }
      await page.setViewportSize(VIEWPORT);
      await switchDensity(page, "normal");
    }
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
