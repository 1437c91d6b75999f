// Shared helpers for the browser journey and the axe-core check: the server under test, the
// headless Chromium (Debian's, never a downloaded one), the message catalogues, screenshots.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BASE = (process.env.KITAPLATZ_BROWSER_BASE || 'http://127.0.0.1:8137').replace(/\/$/, '');
export const MAIL_DIR = process.env.KITAPLATZ_BROWSER_MAIL_DIR || path.join(REPO, 'mail-outbox');
export const SCREENSHOTS = path.join(REPO, 'target', 'screenshots');
export const TENANT = 'musterstadt';
export const DEMO_PASSWORD = 'Kitaplatz-Demo-2026';
export const USERS = {
  office: 'jugendamt.musterstadt@example.org',
  admin: 'admin.musterstadt@example.org',
  district: 'kreis@example.org',
};

const CHROMIUM = process.env.KITAPLATZ_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A failed expectation: what the user should have seen, and where. */
export class Check extends Error {}

export function expect(condition, message) {
  if (!condition) throw new Check(message);
}

export async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Check(`no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true, timeout: 30_000 });
}

/** A fresh context (own cookies) at a phone's width. */
export async function newContext(browser, { width = 360, height = 780, bypassCSP = false } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    baseURL: BASE,
    bypassCSP,
    locale: 'de-DE',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(20_000);
  return context;
}

/** Plain messages (`key = text` on one line, no placeables) of one catalogue. */
const catalogues = new Map();
export function msg(lang, key) {
  if (!catalogues.has(lang)) {
    const file = path.join(REPO, 'src', 'i18n', 'locales', lang, 'main.ftl');
    const map = new Map();
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const m = /^([a-z0-9][a-z0-9_-]*) = (.*)$/i.exec(line);
      if (m && !m[2].includes('{')) map.set(m[1], m[2].trim());
    }
    catalogues.set(lang, map);
  }
  const text = catalogues.get(lang).get(key);
  if (text === undefined) throw new Check(`no plain message ${key} in the ${lang} catalogue`);
  return text;
}

let shot = 0;
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  shot += 1;
  const file = path.join(SCREENSHOTS, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Goes to a path and checks the status code. */
export async function open(page, pathname, status = 200) {
  const response = await page.goto(pathname, { waitUntil: 'load' });
  expect(response, `no response for ${pathname}`);
  expect(response.status() === status,
    `${pathname}: HTTP ${response.status()}, expected ${status}`);
  return response;
}

/** Text of the first h1, whitespace collapsed, without Unicode isolation marks. */
export async function heading(page) {
  const text = await page.locator('h1').first().textContent();
  return clean(text);
}

export function clean(text) {
  return (text || '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
}

/** The demo staff's current second-factor code, from the binary under test (`kitaplatz demo-code`). */
export function demoCode() {
  return execFileSync(path.join(REPO, 'target', 'debug', 'kitaplatz'), ['demo-code'], { encoding: 'utf8' }).trim();
}

/**
 * Logs in through the login form; ends on the page the server sends next. Staff (and parents who
 * turned it on) get the second-factor page: it is answered with the demo's code unless
 * `secondFactor` is false. A code is accepted once per 30 seconds and account, so a second login
 * of the same account within the same step waits for the next code.
 */
export async function login(page, email, password = DEMO_PASSWORD, next = '', { secondFactor = true } = {}) {
  await open(page, next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main form button[type=submit]')]);
  const errors = await page.locator('.error-summary').count();
  expect(errors === 0, `login as ${email} refused: ${clean(await page.locator('.error-summary').textContent().catch(() => ''))}`);
  if (!secondFactor || new URL(page.url()).pathname !== '/login/second-factor') return;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    await page.fill('#code', demoCode());
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main form button[type=submit]')]);
    if (new URL(page.url()).pathname !== '/login/second-factor') return;
    await new Promise((resolve) => { setTimeout(resolve, (31 - ((Date.now() / 1000) % 30)) * 1000); });
  }
  expect(false, `second factor of ${email} refused twice`);
}

/** Switches the language through the header's language switch. */
export async function switchLanguage(page, lang) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(`.lang-switch a[hreflang="${lang}"]`),
  ]);
  const html = page.locator('html');
  expect((await html.getAttribute('lang')) === lang, `language switch: <html lang> is not ${lang}`);
}

/** Runs a main function; prints a clear failure and sets a non-zero exit code. */
export async function main(name, fn) {
  const started = Date.now();
  try {
    await fn();
    console.log(`${name}: ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    console.error(`${name}: FAILED: ${e instanceof Check ? e.message : e.stack || e}`);
    process.exitCode = 1;
  }
}

/** Clicks what submits a form or follows a link, and waits for the next page. */
export async function submitForm(page, selector) {
  const [response] = await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click(selector),
  ]);
  return response;
}

/** The text of the page's error summary, or ''. */
export async function errorSummary(page) {
  const box = page.locator('.error-summary');
  return (await box.count()) ? clean(await box.textContent()) : '';
}

/** Waits (up to 20 s) for the confirmation mail to `email` in the outbox folder; its link's path. */
export async function confirmationLink(email) {
  const deadline = Date.now() + 20_000;
  const to = new RegExp(`^To: .*${email.replace(/[.+]/g, '\\$&')}`, 'mi');
  while (Date.now() < deadline) {
    if (fs.existsSync(MAIL_DIR)) {
      for (const name of fs.readdirSync(MAIL_DIR).filter((n) => n.endsWith('.eml'))) {
        const text = fs.readFileSync(path.join(MAIL_DIR, name), 'utf8');
        if (!to.test(text)) continue;
        const link = /https?:\/\/[^\s"<>]+\/confirm\/[A-Za-z0-9_-]+/.exec(text);
        expect(link, `the mail to ${email} (${name}) holds no confirmation link`);
        return new URL(link[0]).pathname;
      }
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Check(`no confirmation mail to ${email} in ${MAIL_DIR} within 20 s`);
}
