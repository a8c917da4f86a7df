// Debian's firefox-esr through puppeteer-core over WebDriver BiDi (Playwright drives only a Firefox patched for it): one
// browser per test file, each page in a context of its own whose downloads land in a folder, every request logged.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import { afterAll, expect } from 'vitest';

const FIREFOX = process.env.SKOLDIGIPLAN_FIREFOX ?? '/usr/bin/firefox-esr';

const PREFS = {
  // puppeteer's test profile lets every file:// page share one origin; a stock Firefox gives each file its own, and
  // that is where the questionnaire keeps its answers.
  'security.fileuri.strict_origin_policy': true,
  // Keep Firefox from looking for a captive portal or a connection at start (puppeteer already turns off updates,
  // telemetry and safe browsing).
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};

let browser: Promise<Browser> | undefined;

/** The file's Firefox, started on first use and closed when the file's tests end. */
export function useFirefox(): () => Promise<Browser> {
  afterAll(async () => {
    const b = browser;
    browser = undefined;
    await (await b)?.close();
  });
  return () => (browser ??= puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: PREFS }));
}

export interface OpenedFirefoxPage {
  /** The tab showing the file. */
  page: Page;
  context: BrowserContext;
  /** Where the context's downloads are saved. */
  downloads: string;
  /**
   * Every request the tabs made, other than for the file itself and for `data:` URLs: Firefox loads its own list-bullet
   * font from a `data:` URL in its built-in style sheet, and a `data:` URL carries its content and reaches nothing.
   */
  requests: string[];
  /** Console errors and uncaught exceptions (Firefox logs each refusal by the page's policy as one), in every tab so far. */
  errors: string[];
  /** Closes the tab and opens the file in a new one of the same context, as a respondent coming back to it. */
  reopen: () => Promise<Page>;
}

/**
 * Opens a local file in a fresh context of the given width, logging every request it makes. With `storageBlocked`, the
 * page's `localStorage` throws the SecurityError that Firefox throws when the user blocks cookies and site data.
 */
export async function openFileInFirefox(
  browser: Browser,
  file: string,
  downloads: string,
  opts: { width?: number; height?: number; storageBlocked?: boolean } = {},
): Promise<OpenedFirefoxPage> {
  mkdirSync(downloads, { recursive: true });
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const errors: string[] = [];
  const open = async (): Promise<Page> => {
    const page = await context.newPage();
    await page.setViewport({ width: opts.width ?? 1280, height: opts.height ?? 900 });
    page.on('request', (r) => {
      if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));
    if (opts.storageBlocked) {
      await page.evaluateOnNewDocument(() => {
        Object.defineProperty(globalThis, 'localStorage', {
          configurable: true,
          get: () => {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
    }
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  const opened: OpenedFirefoxPage = {
    page: await open(),
    context,
    downloads,
    requests,
    errors,
    reopen: async () => {
      await opened.page.close();
      opened.page = await open();
      return opened.page;
    },
  };
  return opened;
}

/** The one file downloaded into the folder, once Firefox has finished writing it (it writes a `.part` file first). */
export async function downloaded(folder: string): Promise<{ name: string; text: string }> {
  let found = { name: '', text: '' };
  await expect
    .poll(() => {
      const names = existsSync(folder) ? readdirSync(folder) : [];
      if (names.length !== 1 || names[0]!.endsWith('.part')) return false;
      found = { name: names[0]!, text: readFileSync(join(folder, names[0]!), 'utf8') };
      return found.text.endsWith('\n');
    })
    .toBe(true);
  return found;
}
