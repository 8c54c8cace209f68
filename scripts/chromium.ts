/**
 * Debian's Chromium driven by playwright-core, as the benchmarks, the screenshot script and the
 * browser tests all drive it: headless, no sandbox (runs as root in CI), no background networking
 * (the machine has no network), a fresh profile each time; and a login through the real form.
 */
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = process.env.MIZAN_CHROMIUM ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** Logs `page` in as `name` through the login form and waits for the corpus page. */
export async function logInThroughForm(page: Page, base: string, name: string, password: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.fill('input[name="name"]', name);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForURL(`${base}/`), page.click('button[type="submit"]')]);
}
