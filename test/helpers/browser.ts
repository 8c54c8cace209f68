/**
 * Browser tests' Chromium (scripts/chromium.ts: Debian's, headless, no sandbox, no background
 * networking), logged in with the test users' password. Screenshots go to test-output/, which the
 * test run keeps.
 */
import type { Browser, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../server/paths.js";
import { launchChromium, logInThroughForm } from "../../scripts/chromium.js";
import { TEST_PASSWORD } from "./client.js";

export const SCREENSHOTS = join(ROOT, "test-output");

export async function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export async function logInPage(page: Page, base: string, name: string): Promise<void> {
  await logInThroughForm(page, base, name, TEST_PASSWORD);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}
