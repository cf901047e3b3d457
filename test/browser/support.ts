import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { repoRoot } from '../durability/harness.js';

/** Where the browser tests' server listens ('' when Chromium is missing and the tests are skipped). */
export const baseUrl = inject('browserBaseUrl');
export const browserAvailable = baseUrl !== '';

/** Starts Debian's Chromium headless, with the flags this environment needs. */
async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Starts Chromium before the tests of the enclosing `describe` and closes it after them. Call it
 * before the suite's own hooks: they and the tests get the browser from the returned function.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: useBrowser() starts it in a beforeAll hook of the describe');
    return browser;
  };
}

/** A fresh browser context (own cookies), phone-sized or desktop. */
/** Waits for a value that depends on the server's work (signing on worker threads, searches, uploads). */
export const eventually = <T>(read: () => Promise<T>, timeout = 15_000) => expect.poll(read, { timeout });

export async function newContext(browser: Browser, size: 'desktop' | 'phone' = 'desktop'): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    viewport: size === 'phone' ? { width: 375, height: 740 } : { width: 1280, height: 900 },
    locale: 'nl-NL',
  });
}

/** Runs axe (WCAG 2.1 A and AA rules) and fails on serious or critical violations, naming them. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility of ${label}`).toEqual([]);
}

/** Fails when the page is wider than the viewport (horizontal scrolling on a phone). */
export async function expectNoHorizontalScroll(page: Page, label: string): Promise<void> {
  // Evaluated in the page, where `document` exists (this file is compiled without the DOM library).
  const { scroll, client } = await page.evaluate<{ scroll: number; client: number }>(
    '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
  );
  expect(scroll, `page width of ${label}`).toBeLessThanOrEqual(client);
}

/** Saves a screenshot under scratch/screenshots for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(repoRoot, 'scratch', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Logs in through the demo identity provider as the given demo account; ends on `returnTo`. */
export async function loginAs(page: Page, subject: string, returnTo = '/mijn'): Promise<void> {
  await page.goto(`/auth/login?login_hint=${encodeURIComponent(subject)}&returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByRole('button', { name: new RegExp(`^${await accountName(subject)}`) }).click();
  await page.waitForURL((url) => url.pathname === returnTo.split('?')[0]);
}

const names = new Map<string, string>();
async function accountName(subject: string): Promise<string> {
  if (names.size === 0) {
    const response = await fetch(`${baseUrl}/api/demo/accounts`);
    for (const a of (await response.json()) as Array<{ subject: string; name: string }>) names.set(a.subject, a.name);
  }
  const name = names.get(subject);
  if (!name) throw new Error(`No demo account ${subject}`);
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
