// The parent's journey in Arabic at 360 px, then the youth office finds the application.
// Screenshots of every step: target/screenshots/NN-step.png.
import {
  BASE, TENANT, USERS, clean, confirmationLink, errorSummary, expect, heading, launch, login, main,
  msg, newContext, open, screenshot, submitForm, switchLanguage,
} from './lib.mjs';

const stamp = Date.now();
const EMAIL = `eltern.${stamp}@example.org`;
const PASSWORD = `Browser-Test-${stamp}`;
// Latin letters only, unique per run, so the office finds exactly this child.
const suffix = stamp.toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[d]);
const CHILD = { first: 'Lina', last: `Browser${suffix[0].toUpperCase()}${suffix.slice(1)}` };

await main('browser journey', async () => {
  const browser = await launch();
  try {
    // a. Start page, language switch to Arabic, registration.
    const parent = await newContext(browser);
    const page = await parent.newPage();
    await open(page, `/${TENANT}`);
    expect((await heading(page)).includes('Musterstadt'), `start page heading: "${await heading(page)}"`);
    await screenshot(page, 'start-page-de');
    await switchLanguage(page, 'ar');
    expect((await page.locator('html').getAttribute('dir')) === 'rtl', 'Arabic page without dir="rtl" on <html>');
    expect(new URL(page.url()).pathname === `/${TENANT}`, `the language switch left the page: ${page.url()}`);
    await screenshot(page, 'start-page-ar');

    await submitForm(page, `main a[href="/${TENANT}/register"]`);
    expect(await heading(page) === msg('ar', 'register-title'), `register heading: "${await heading(page)}"`);
    await page.fill('#email', EMAIL);
    await page.fill('#password', PASSWORD);
    await page.fill('#password2', PASSWORD);
    await screenshot(page, 'register-filled');
    await submitForm(page, 'main form button[type=submit]');
    expect(await heading(page) === msg('ar', 'check-mail-title'),
      `after registering: "${await heading(page)}" ${await errorSummary(page)}`);
    await screenshot(page, 'check-mail');

    // b. The confirmation mail, its link, the confirmation.
    const link = await confirmationLink(EMAIL);
    await open(page, link);
    expect(await heading(page) === msg('ar', 'confirm-title'), `confirm page heading: "${await heading(page)}"`);
    await screenshot(page, 'confirm');
    await submitForm(page, 'main form button[type=submit]');
    expect(new URL(page.url()).pathname === '/login', `after confirming: ${page.url()}`);
    const flash = clean(await page.locator('.flash').first().textContent());
    expect(flash === msg('ar', 'flash-confirmed'), `after confirming, the notice says "${flash}"`);
    expect(await heading(page) === msg('ar', 'login-title'), `login heading: "${await heading(page)}"`);

    // c. Login, the family page, a child.
    await page.fill('#email', EMAIL);
    await page.fill('#password', PASSWORD);
    await screenshot(page, 'login');
    await submitForm(page, 'main form button[type=submit]');
    expect(new URL(page.url()).pathname === '/account', `after login: ${page.url()} ${await errorSummary(page)}`);
    expect((await page.locator('html').getAttribute('dir')) === 'rtl', 'account page lost dir="rtl"');
    expect(await heading(page) === msg('ar', 'account-title'), `account heading: "${await heading(page)}"`);
    await screenshot(page, 'account');
    await submitForm(page, `main a[href="/${TENANT}"]`);
    await submitForm(page, `nav.main-nav a[href="/${TENANT}/family"]`);
    expect(await heading(page) === msg('ar', 'family-title'), `family heading: "${await heading(page)}"`);
    expect(clean(await page.locator('main').textContent()).includes(msg('ar', 'family-no-children')),
      'a new family page should say there are no children yet');

    const today = new Date();
    // Four years old: a Kindergarten place, which every demo Kita offers.
    const birth = new Date(Date.UTC(today.getUTCFullYear() - 4, today.getUTCMonth(), 1));
    await page.fill('#first_names', CHILD.first);
    await page.fill('#last_name', CHILD.last);
    await page.fill('#birth_date', birth.toISOString().slice(0, 10));
    await page.fill('#street', 'Lindenweg');
    await page.fill('#house_number', '7');
    await page.fill('#postal_code', '12345');
    await page.fill('#city', 'Musterstadt');
    await screenshot(page, 'family-child-form');
    await submitForm(page, `main form[action="/${TENANT}/family/children"] button[type=submit]`);
    expect(new URL(page.url()).pathname === `/${TENANT}/family`, `after adding the child: ${page.url()}`);
    expect(await errorSummary(page) === '', `adding the child failed: ${await errorSummary(page)}`);
    const cards = clean(await page.locator('main ul.cards').first().textContent());
    expect(cards.includes(`${CHILD.first} ${CHILD.last}`), `the child is not listed on the family page: "${cards}"`);
    await screenshot(page, 'family-child-added');

    // d. The care request (Betreuungsanfrage).
    await submitForm(page, `nav.main-nav a[href="/${TENANT}/applications"]`);
    expect(await heading(page) === msg('ar', 'a-list-title'), `applications heading: "${await heading(page)}"`);
    await submitForm(page, `main a[href^="/${TENANT}/applications/new?child="]`);
    expect(await heading(page) === msg('ar', 'a-new-title'), `new application heading: "${await heading(page)}"`);
    await page.check('#kind-request');
    const minStart = await page.getAttribute('#start_date', 'min');
    expect(minStart, 'the start date field has no earliest date');
    await page.fill('#start_date', minStart);
    const hours = await page.locator('#hours option:not([value=""])').first().getAttribute('value');
    expect(hours, 'no weekly care hours to choose');
    await page.selectOption('#hours', hours);
    // The first wish: the first Kita offered.
    const firstKita = await page.locator('#wish-1 option:not([value=""])').first().getAttribute('value');
    expect(firstKita, 'no Kita to choose as first wish');
    await page.selectOption('#wish-1', firstKita);
    if (await page.locator('#consent-yes').count()) await page.check('#consent-yes');
    await screenshot(page, 'application-form');
    await submitForm(page, `main form[action="/${TENANT}/applications"] button[type=submit]`);
    expect(/\/applications\/[^/]+$/.test(new URL(page.url()).pathname),
      `the application was not accepted: ${page.url()} ${await errorSummary(page)}`);
    const title = await heading(page);
    expect(title.includes(msg('ar', 'a-kind-request')) && title.includes(CHILD.first),
      `application heading: "${title}"`);
    const status = clean(await page.locator('.status-line').textContent());
    expect(status.includes(msg('ar', 'status-submitted')), `application status line: "${status}"`);
    expect(clean(await page.locator('.flash').first().textContent()) === msg('ar', 'flash-submitted'),
      'no confirmation notice after submitting');
    expect((await page.locator('html').getAttribute('dir')) === 'rtl', 'application page lost dir="rtl"');
    await screenshot(page, 'application-submitted');
    await submitForm(page, `main a[href="/${TENANT}/applications"]`);
    const list = clean(await page.locator('main ul.cards').first().textContent());
    expect(list.includes(CHILD.first) && list.includes(msg('ar', 'status-submitted')),
      `the applications list does not show the submitted request for ${CHILD.first}: "${list}"`);
    await screenshot(page, 'applications-list');
    await parent.close();

    // e. The youth office finds it.
    const office = await newContext(browser);
    const staff = await office.newPage();
    await login(staff, USERS.office, undefined, `/${TENANT}/office/applications`);
    expect(new URL(staff.url()).pathname === `/${TENANT}/office/applications`, `office login ended at ${staff.url()}`);
    expect(await heading(staff) === msg('de', 'oa-title'), `office list heading: "${await heading(staff)}"`);
    await staff.selectOption('#status', 'submitted');
    await staff.selectOption('#kind', 'request');
    await staff.selectOption('#sort', 'child');
    await submitForm(staff, 'main form[role=search] button[type=submit]');
    const row = staff.locator('main table tbody tr', { hasText: `${CHILD.last}, ${CHILD.first}` });
    expect(await row.count() === 1,
      `the office list (status Eingegangen) shows ${await row.count()} rows for ${CHILD.last}, ${CHILD.first}`);
    const cells = clean(await row.textContent());
    expect(cells.includes(msg('de', 'status-submitted')), `office row status: "${cells}"`);
    await row.scrollIntoViewIfNeeded();
    await screenshot(staff, 'office-applications');
    await submitForm(staff, `main table tbody tr:has-text("${CHILD.last}") a`);
    const officeTitle = await heading(staff);
    expect(officeTitle.includes(`${CHILD.first} ${CHILD.last}`), `office detail heading: "${officeTitle}"`);
    const facts = clean(await staff.locator('main dl.facts').first().textContent());
    expect(facts.includes(msg('de', 'status-submitted')), `office detail does not show the status: "${facts}"`);
    await screenshot(staff, 'office-application-detail');
    await office.close();
    console.log(`journey: ${EMAIL} registered, ${CHILD.first} ${CHILD.last} applied, found by the youth office (${BASE})`);
  } finally {
    await browser.close();
  }
});
