#!/usr/bin/env node
/**
 * The review editor's latency as a translator feels it: a real mizan server (a child process on a
 * loopback port, a fresh SQLite file) with a 200-row document, driven in Debian's Chromium through
 * playwright-core. For each kind of operation it times key press → updated row: from the keydown
 * (recorded inside the page) to the first DOM mutation after which the row shows its new state
 * (a MutationObserver inside the page), so neither Playwright's round trips nor polling count.
 * Kinds: confirm/unconfirm, merge + split back, shift (an Arabic paragraph up, then back down),
 * saving a paragraph edit (Enter on Save), undo (of those edits), dismissing a finding (Enter on
 * its Dismiss button; as many as the document has, at most --count). Prints p50 and p95 per kind.
 *
 * Usage: node dist/scripts/bench-editor-browser.js [--rows N] [--count N] [--eval DIR]
 *        (--count: operations of each kind, default 100)
 */
import type { Page } from "playwright-core";
import { launchChromium, logInThroughForm } from "./chromium.js";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../server/paths.js";
import { createBenchDocument } from "./bench-document.js";
import { startServerProcess } from "./server-process.js";

const PASSWORD = "bench-password-123";

/**
 * Installed in the page before its own script: the time of the last keydown, and `arm(test)`,
 * which watches the DOM until `test()` holds and keeps how long after the keydown that was.
 * Refuses to arm on a state that already holds (the measure would mean nothing).
 */
const IN_PAGE = `
window.mizanBench = {
  t0: 0, result: null,
  arm(test) {
    if (test()) throw new Error("the awaited state holds before the key press");
    this.result = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        resolve(performance.now() - window.mizanBench.t0);
      });
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  },
};
document.addEventListener("keydown", () => { window.mizanBench.t0 = performance.now(); }, true);
`;

/** A JavaScript expression, evaluated in the page, that is true once the operation shows. */
type Awaited = string;

const shapeIs = (row: number, shape: string): Awaited => `document.querySelector("#row-${row} .shape")?.textContent === ${JSON.stringify(shape)}`;
const statusIs = (row: number, status: string): Awaited => `document.querySelector("#row-${row}")?.classList.contains("status-${status}") === true`;
const paragraphShows = (id: number, text: string, present: boolean): Awaited =>
  `(() => { const p = document.querySelector('.paragraph[data-paragraph="${id}"]'); return !!p && !p.querySelector("textarea") && p.querySelector("p")?.textContent.includes(${JSON.stringify(text)}) === ${present}; })()`;

/** Presses `key` (on the focused element) and answers the milliseconds until `awaited` held. */
async function timeKey(page: Page, key: string, awaited: Awaited): Promise<number> {
  await page.evaluate(`window.mizanBench.arm(() => ${awaited})`);
  await page.keyboard.press(key);
  return Number(await page.evaluate("window.mizanBench.result"));
}

/** Makes row `row` the current one by clicking its English cell, as a reviewer does. */
async function pick(page: Page, row: number): Promise<void> {
  await page.click(`#row-${row} .cell.en`, { position: { x: 4, y: 4 } });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "200" }, count: { type: "string", default: "100" }, eval: { type: "string", default: join(ROOT, "..", "shared", "eval") } } });
  const rows = Number(values.rows);
  const count = Number(values.count);
  if (!(rows >= count + 3)) throw new Error("--rows must exceed --count by at least 3");
  const dir = mkdtempSync(join(tmpdir(), "mizan-bench-browser-"));
  const dbPath = join(dir, "bench.db");
  const { id } = createBenchDocument(dbPath, rows, values.eval ?? "", PASSWORD);
  const server = await startServerProcess(dbPath);
  const browser = await launchChromium();
  const times = new Map<string, number[]>();
  const record = (kind: string, ms: number) => times.set(kind, [...(times.get(kind) ?? []), ms]);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.addInitScript(IN_PAGE);
    await logInThroughForm(page, server.url, "admin", PASSWORD);
    await page.goto(`${server.url}/documents/${id}`);
    console.log(`mizan editor in Chromium — node ${process.version}; document of ${rows} rows; ${count} operations of each kind; key press to updated row; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);

    // Dismiss findings (Enter on the Dismiss button) once the background has computed them.
    for (let wait = 0; wait < 60 && (await page.locator("button.dismiss").count()) === 0; wait++) {
      await page.waitForTimeout(1000);
      await page.reload();
    }
    for (let k = 0; k < count; k++) {
      const button = page.locator(".rows > .row button.dismiss").first();
      if ((await button.count()) === 0) break;
      const action = await button.getAttribute("formaction");
      await button.focus();
      record("dismiss", await timeKey(page, "Enter", `!document.querySelector('button.dismiss[formaction="${action}"]')`));
    }
    // Confirm then unconfirm rows 2, 3 …: `count` operations in all.
    for (let k = 0; k < count / 2; k++) {
      const row = 2 + k;
      await pick(page, row);
      record("confirm/unconfirm", await timeKey(page, "c", statusIs(row, "confirmed")));
      record("confirm/unconfirm", await timeKey(page, "x", statusIs(row, "auto")));
    }
    // Merge a row with the next, then split it back into 1 + 1 paragraphs.
    for (let k = 0; k < count / 2; k++) {
      const row = 2 + k;
      await pick(page, row);
      record("merge + split back", await timeKey(page, "m", shapeIs(row, "2-2")));
      record("merge + split back", await timeKey(page, "s", shapeIs(row, "1-1")));
    }
    // Shift row k's Arabic paragraph up into row k-1, then back down from row k-1.
    for (let k = 0; k < count / 2; k++) {
      const row = 3 + k;
      await pick(page, row);
      record("shift", await timeKey(page, "a", shapeIs(row - 1, "1-2")));
      await pick(page, row - 1);
      record("shift", await timeKey(page, "Shift+KeyA", shapeIs(row - 1, "1-1")));
    }
    // Edit the English paragraph of rows 1 … count and save with Enter on Save.
    const edited: number[] = [];
    for (let row = 1; row <= count; row++) {
      const paragraph = page.locator(`#row-${row} .cell.en .paragraph`).first();
      const paragraphId = Number(await paragraph.getAttribute("data-paragraph"));
      await paragraph.locator("a.edit-link").click();
      const area = paragraph.locator("textarea");
      await area.waitFor();
      await area.fill(`${await area.inputValue()} (edited ${row})`);
      await paragraph.locator(".editor-buttons button").first().focus();
      record("edit-save", await timeKey(page, "Enter", paragraphShows(paragraphId, `(edited ${row})`, true)));
      edited.push(paragraphId);
    }
    // Undo those edits, last first.
    for (const [k, paragraphId] of edited.reverse().entries()) {
      await pick(page, 1);
      record("undo", await timeKey(page, "u", paragraphShows(paragraphId, `(edited ${count - k})`, false)));
    }
    for (const [kind, list] of times) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(`  ${kind.padEnd(20)} p50 ${quantile(sorted, 0.5).toFixed(0).padStart(5)} ms   p95 ${quantile(sorted, 0.95).toFixed(0).padStart(5)} ms   max ${quantile(sorted, 1).toFixed(0).padStart(5)} ms   (${sorted.length} operations)`);
    }
    console.log(`  load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    if (errors.length > 0) console.log(`  page errors: ${errors.slice(0, 3).join(" | ")}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
