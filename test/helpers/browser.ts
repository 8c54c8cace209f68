/**
 * Debian's Chromium driven by playwright-core for browser tests: headless, no sandbox (tests run
 * as root in CI) and no background networking (the machine has no network), a fresh profile each
 * time. Screenshots go to test-output/, which the test run keeps.
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { TEST_PASSWORD } from "./client.js";

export const CHROMIUM = process.env.MIZAN_CHROMIUM ?? "/usr/bin/chromium";
export const SCREENSHOTS = join(ROOT, "test-output");

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

export async function logInPage(page: Page, base: string, name: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="password"]', TEST_PASSWORD);
  await Promise.all([page.waitForURL(`${base}/`), page.click('button[type="submit"]')]);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}
