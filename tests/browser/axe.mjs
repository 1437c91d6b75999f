// axe-core (WCAG 2.0/2.1 A and AA) on every parent page in German and Arabic, form pages in
// their error state, and the main office, administration and district pages. Also: form errors
// bound to their fields, no horizontal scrolling at 320 px, a visible keyboard focus.
// Report: target/axe-report.json. Exit code 1 on any finding.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  DEMO_PASSWORD, REPO, TENANT, USERS, clean, confirmationLink, errorSummary, expect, launch, login, main,
  newContext, open, submitForm,
} from './lib.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const AXE_VERSION = require('axe-core/package.json').version;
const REPORT = path.join(REPO, 'target', 'axe-report.json');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const pages = [];     // one entry per page checked
const layout = [];    // 320 px overflow and focus findings

/** Form errors must be bound to their fields; the summary's links must lead somewhere. */
function errorBinding() {
  const problems = [];
  const described = new Set();
  for (const el of document.querySelectorAll('[aria-describedby]')) {
    for (const id of el.getAttribute('aria-describedby').split(/\s+/)) described.add(id);
  }
  for (const p of document.querySelectorAll('.field-error')) {
    if (!p.id) problems.push(`a field error without id: "${p.textContent.trim()}"`);
    else if (!described.has(p.id)) problems.push(`#${p.id} ("${p.textContent.trim()}") is bound to no field (aria-describedby)`);
  }
  for (const a of document.querySelectorAll('.error-summary a')) {
    const href = a.getAttribute('href') || '';
    if (!href.startsWith('#') || !document.getElementById(href.slice(1))) {
      problems.push(`error summary link "${href}" leads to no element`);
    }
  }
  for (const el of document.querySelectorAll('[aria-invalid="true"]')) {
    const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/);
    if (!ids.some((id) => document.getElementById(id)?.classList.contains('field-error'))) {
      problems.push(`#${el.id} is marked invalid but not described by its error message`);
    }
  }
  return problems;
}

/** axe on the page as it is now; `name` says which page and state. */
async function check(page, name, lang, status) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] }),
    TAGS,
  );
  const binding = await page.evaluate(errorBinding);
  const violations = result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, summary: n.failureSummary })),
  }));
  for (const problem of binding) {
    violations.push({ id: 'kitaplatz-error-binding', impact: 'serious', help: problem, nodes: [] });
  }
  pages.push({
    name, lang, status, url: new URL(page.url()).pathname + new URL(page.url()).search,
    htmlLang: await page.locator('html').getAttribute('lang'),
    dir: await page.locator('html').getAttribute('dir'),
    violations,
    // 'Needs review': axe could not decide (e.g. contrast of text inside a scrolling table).
    incomplete: result.incomplete.map((v) => ({ id: v.id, nodes: v.nodes.length, why: v.nodes[0]?.any?.[0]?.message })),
  });
}

/** Opens a path, checks its status, runs axe. */
async function visit(page, name, lang, pathname, status = 200) {
  await open(page, pathname, status);
  await check(page, name, lang, status);
}

/** Submits a form and runs axe on what comes back (an error state: 422). */
async function submitAndCheck(page, name, lang, selector, status = 422) {
  const response = await submitForm(page, selector);
  expect(response && response.status() === status,
    `${name}: HTTP ${response && response.status()}, expected ${status}`);
  if (status === 422) expect(await errorSummary(page), `${name}: no error summary on the 422 page`);
  await check(page, name, lang, status);
}

/** At 320 px: no horizontal scrolling, and every focused control shows a focus indicator. */
async function layoutAt320(page, name, lang) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
    // The outermost elements that stick out (inside a scrolling container is fine).
    wide: [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1);
      })
      .filter((el) => !el.parentElement.closest('.table-wrap, .consent-text, .visually-hidden'))
      .slice(0, 5).map((el) => `${el.outerHTML.slice(0, 100)} (${Math.round(el.getBoundingClientRect().left)}–${Math.round(el.getBoundingClientRect().right)} px)`),
  }));
  if (overflow.scrollWidth > overflow.innerWidth + 1) {
    layout.push({ page: name, lang, problem: 'horizontal overflow at 320 px', ...overflow });
  }
  // Keyboard focus: Tab through the page; each focused control must show an outline or ring
  // that it does not show unfocused.
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    window.__unfocused = new WeakMap();
    for (const el of document.querySelectorAll('a, button, input, select, textarea, [tabindex]')) {
      const s = getComputedStyle(el);
      window.__unfocused.set(el, `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}`);
    }
  });
  await page.locator('body').focus().catch(() => {});
  const unseen = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      const ring = s.boxShadow && s.boxShadow !== 'none';
      const changed = window.__unfocused.get(el) !== `${s.outlineStyle} ${s.outlineWidth} ${s.boxShadow}`;
      return { tag: el.tagName.toLowerCase(), id: el.id, text: (el.textContent || el.value || '').trim().slice(0, 40), visible: (outline || ring) && changed };
    });
    if (!f) break;
    if (!f.visible) unseen.push(f);
  }
  if (unseen.length) layout.push({ page: name, lang, problem: 'focus not visible', elements: unseen.slice(0, 5) });
  await page.setViewportSize(viewport);
}

/** Every parent page, in one language, with a new account of its own. */
async function parentPages(browser, lang) {
  const context = await newContext(browser, { bypassCSP: true });
  const page = await context.newPage();
  const stamp = `${Date.now()}${lang}`;
  const email = `axe.${stamp}@example.org`;
  const password = `Axe-Check-${stamp}`;
  await open(page, `/lang/${lang}?next=/`);
  const at320 = async (name) => layoutAt320(page, name, lang);

  await check(page, 'portal start', lang, 200);
  await visit(page, 'municipality start', lang, `/${TENANT}`); await at320('municipality start');
  await visit(page, 'facility directory', lang, `/${TENANT}/kitas`); await at320('facility directory');
  const facility = await page.locator('main .cards a').first().getAttribute('href');
  expect(facility, 'the facility directory lists no facility');
  await visit(page, 'facility detail', lang, facility); await at320('facility detail');
  await visit(page, 'accessibility statement', lang, '/barrierefreiheit'); await at320('accessibility statement');
  await visit(page, 'error 404', lang, `/${TENANT}/no-such-page`, 404);
  await visit(page, 'invalid confirmation link', lang, '/confirm/no-such-token', 404);

  await visit(page, 'register', lang, `/${TENANT}/register`); await at320('register');
  await submitAndCheck(page, 'register (empty: errors)', lang, 'main form button[type=submit]');
  await page.fill('#email', email);
  await page.fill('#password', 'kurz');
  await page.fill('#password2', 'anders');
  await submitAndCheck(page, 'register (short password: errors)', lang, 'main form button[type=submit]');
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.fill('#password2', password);
  await submitAndCheck(page, 'check mail', lang, 'main form button[type=submit]', 200);

  await visit(page, 'forgot password', lang, '/password/forgot'); await at320('forgot password');
  await submitAndCheck(page, 'forgot password (empty: errors)', lang, 'main form button[type=submit]');
  await page.fill('#email', `nobody.${stamp}@example.org`);
  await submitAndCheck(page, 'forgot password sent', lang, 'main form button[type=submit]', 200);

  await visit(page, 'login', lang, '/login'); await at320('login');
  await page.fill('#email', `nobody.${stamp}@example.org`);
  await page.fill('#password', 'falsches-Passwort-1');
  await submitAndCheck(page, 'login (wrong password: errors)', lang, 'main form button[type=submit]');

  await visit(page, 'confirm e-mail', lang, await confirmationLink(email));
  await submitAndCheck(page, 'login after confirmation (notice)', lang, 'main form button[type=submit]', 200);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await submitAndCheck(page, 'account', lang, 'main form button[type=submit]', 200);
  expect(new URL(page.url()).pathname === '/account', `${lang}: login did not lead to the account page`);
  await at320('account');
  await visit(page, 'second factor: set up', lang, '/account/second-factor'); await at320('second factor set-up');
  await submitAndCheck(page, 'second factor: set up (empty: errors)', lang, 'main form button[type=submit]');

  await visit(page, 'family home (no children)', lang, `/${TENANT}/family`); await at320('family home');
  await submitAndCheck(page, 'family: add child (empty: errors)', lang, `main form[action="/${TENANT}/family/children"] button[type=submit]`);
  const birth = new Date(Date.UTC(new Date().getUTCFullYear() - 4, 0, 15)).toISOString().slice(0, 10);
  for (const [id, value] of [['first_names', 'Mia'], ['last_name', `Axe${lang.toUpperCase()}`], ['birth_date', birth],
    ['street', 'Lindenweg'], ['house_number', '7'], ['postal_code', '12345'], ['city', 'Musterstadt']]) {
    await page.fill(`#${id}`, value);
  }
  await submitAndCheck(page, 'family home (one child)', lang, `main form[action="/${TENANT}/family/children"] button[type=submit]`, 200);
  await submitAndCheck(page, 'family: add guardian (empty: errors)', lang, `main form[action="/${TENANT}/family/guardians"] button[type=submit]`);
  const child = await page.locator(`main a[href^="/${TENANT}/family/children/"]`).first().getAttribute('href');
  await visit(page, 'child form', lang, child); await at320('child form');
  await page.fill('#first_names', '');
  await submitAndCheck(page, 'child form (errors)', lang, 'main form button[type=submit]');

  await visit(page, 'applications list (none)', lang, `/${TENANT}/applications`);
  const newForm = await page.locator(`main a[href^="/${TENANT}/applications/new?child="]`).first().getAttribute('href');
  await visit(page, 'new application', lang, newForm); await at320('new application');
  await submitAndCheck(page, 'new application (empty: errors)', lang, `main form[action="/${TENANT}/applications"] button[type=submit]`);
  await page.fill('#start_date', await page.getAttribute('#start_date', 'min'));
  await submitAndCheck(page, 'new application (no hours, no consent: errors)', lang, `main form[action="/${TENANT}/applications"] button[type=submit]`);
  await page.selectOption('#hours', await page.locator('#hours option:not([value=""])').first().getAttribute('value'));
  await page.selectOption('#wish-1', await page.locator('#wish-1 option:not([value=""])').first().getAttribute('value'));
  if (await page.locator('#consent-yes').count()) await page.check('#consent-yes');
  await submitAndCheck(page, 'application detail (submitted)', lang, `main form[action="/${TENANT}/applications"] button[type=submit]`, 200);
  await at320('application detail');
  await visit(page, 'applications list', lang, `/${TENANT}/applications`); await at320('applications list');

  await visit(page, 'fees and mandate', lang, `/${TENANT}/family/fees`); await at320('fees');
  await submitAndCheck(page, 'mandate (empty: errors)', lang, `main form[action="/${TENANT}/family/fees/mandate"] button[type=submit]`);
  await page.fill('#income', '');
  await submitAndCheck(page, 'income (empty: errors)', lang, `main form[action="/${TENANT}/family/fees/income"] button[type=submit]`);

  await visit(page, 'claim paper application', lang, `/${TENANT}/claim`); await at320('claim');
  await submitAndCheck(page, 'claim (empty: errors)', lang, 'main form button[type=submit]');
  await visit(page, 'delete account', lang, '/account/delete'); await at320('delete account');
  await submitAndCheck(page, 'delete account (empty: errors)', lang, 'main form button[type=submit]');
  await context.close();
}

/** Staff pages: one login, the listed paths (a function may pick a link from the page). */
async function staffPages(browser, who, list) {
  const context = await newContext(browser, { bypassCSP: true });
  const page = await context.newPage();
  await login(page, USERS[who]);
  for (const [name, target] of list) {
    const pathname = typeof target === 'function' ? await target(page) : target;
    expect(pathname, `${who}: no link for ${name}`);
    await visit(page, `${who}: ${name}`, 'de', pathname);
  }
  await context.close();
}

/** The code step after a staff password (German), empty and with its error. */
async function secondFactorPage(browser) {
  const context = await newContext(browser, { bypassCSP: true });
  const page = await context.newPage();
  await login(page, USERS.district, DEMO_PASSWORD, '', { secondFactor: false });
  await visit(page, 'second factor: code', 'de', '/login/second-factor');
  await submitAndCheck(page, 'second factor: code (empty: errors)', 'de', 'main form button[type=submit]');
  await context.close();
}

const firstLink = (prefix) => async (page) => {
  const hrefs = await page.locator(`main a[href^="${prefix}"]`).evaluateAll(
    (as) => as.map((a) => a.getAttribute('href')),
  );
  return hrefs.find((h) => /^[^?]*\/[0-9a-f-]{8,}$/i.test(h)) || null;
};

function printSummary() {
  const bad = pages.filter((p) => p.violations.length);
  console.log(`axe-core ${AXE_VERSION} (${TAGS.join(', ')}): ${pages.length} pages checked, `
    + `${bad.length} with violations`);
  for (const p of bad) {
    console.log(`- ${p.name} [${p.lang}] ${p.url} (HTTP ${p.status})`);
    for (const v of p.violations) {
      console.log(`    ${v.id} (${v.impact}): ${v.help}`);
      for (const n of v.nodes.slice(0, 5)) console.log(`      ${JSON.stringify(n.target)}`);
      if (v.nodes.length > 5) console.log(`      … ${v.nodes.length - 5} more`);
    }
  }
  console.log(`320 px layout and focus: ${layout.length} problem(s)`);
  for (const l of layout) console.log(`- ${l.page} [${l.lang}]: ${l.problem} ${JSON.stringify(l.elements || l.wide || '')}`);
}

await main('axe-core check', async () => {
  const css = fs.readFileSync(path.join(REPO, 'static', 'app.css'), 'utf8');
  expect(/:focus-visible\s*\{[^}]*outline:\s*[2-9]px solid/.test(css),
    'static/app.css has no :focus-visible rule with a clear outline (2 px or more)');
  const browser = await launch();
  try {
    for (const lang of ['de', 'ar']) await parentPages(browser, lang);
    const m = `/${TENANT}`;
    await staffPages(browser, 'office', [
      ['office home', `${m}/office`],
      ['applications', `${m}/office/applications`],
      ['application detail', firstLink(`${m}/office/applications/`)],
      ['paper application', `${m}/office/paper`],
      ['facilities', `${m}/office/facilities`],
      ['facility', firstLink(`${m}/office/facilities/`)],
      ['review queue', `${m}/office/review`],
      ['allocation', `${m}/office/allocation`],
      ['planning', `${m}/office/planning`],
      ['contracts', `${m}/office/contracts`],
      ['statistics', `${m}/office/statistics`],
      ['fees', `${m}/office/fees`],
    ]);
    await staffPages(browser, 'admin', [
      ['users', `${m}/admin/users`],
      ['user account', firstLink(`${m}/admin/users/`)],
      ['settings', `${m}/admin/settings`],
      ['rules', `${m}/admin/rules`],
      ['letters', `${m}/admin/letters`],
      ['audit', `${m}/admin/audit`],
      ['retention', `${m}/admin/retention`],
      ['fee schedule', `${m}/admin/fees`],
      ['sepa creditor', `${m}/admin/sepa`],
      ['texts search', `${m}/admin/texts?q=kita`],
      ['text edit', `${m}/admin/texts/nav-kitas`],
    ]);
    await secondFactorPage(browser);
    await staffPages(browser, 'district', [
      ['district', '/kreis/musterkreis'],
      ['district statistics', '/kreis/musterkreis/statistics'],
    ]);
  } finally {
    await browser.close();
    fs.mkdirSync(path.dirname(REPORT), { recursive: true });
    fs.writeFileSync(REPORT, JSON.stringify({
      axe: AXE_VERSION, tags: TAGS, checkedAt: new Date().toISOString(),
      pagesChecked: pages.length,
      violations: pages.reduce((n, p) => n + p.violations.length, 0),
      layoutProblems: layout.length,
      pages, layout,
    }, null, 2));
    printSummary();
    console.log(`report: ${path.relative(process.cwd(), REPORT) || REPORT}`);
  }
  const count = pages.reduce((n, p) => n + p.violations.length, 0);
  expect(count === 0 && layout.length === 0,
    `${count} violation(s) and ${layout.length} layout/focus problem(s); see ${REPORT}`);
});
