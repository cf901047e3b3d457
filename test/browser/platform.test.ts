import { describe, expect, it } from 'vitest';
import {
  baseUrl,
  browserAvailable,
  expectAccessible,
  expectNoHorizontalScroll,
  loginAs,
  newContext,
  screenshot,
  useBrowser,
} from './support.js';

describe.skipIf(!browserAvailable)('the web shell in Chromium', () => {
  const browser = useBrowser();

  it('shows the Dutch landing page with the eight themes and four target groups', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.locator('table.plate tbody tr').count()).toBe(8);
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Doorpakken op digitalisering');
    const groups = await page.locator('table.plate thead th').allTextContents();
    expect(groups).toEqual(['Thema', 'Student', 'Docent', 'Instelling', 'Bestuurder']);
    expect(await page.getByRole('link', { name: /Kwalificatiestructuur/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.account-card').count()).toBeGreaterThanOrEqual(15);
    await expectAccessible(page, 'the landing page');
    await screenshot(page, 'landing-desktop');
    await context.close();
  });

  it('logs a student in through the demo identity provider, shows their role page, and logs out', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('link', { name: 'Inloggen als Sanne de Vries' }).click();
    await page.waitForURL(/\/demo-login\//);
    expect(await page.getByText('DEMO', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'the demo identity provider');
    await screenshot(page, 'demo-login');
    await page.getByRole('button', { name: /^Sanne de Vries/ }).click();
    await page.waitForURL(`${baseUrl}/mijn`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Student bij ROC Amstelkade' }).count()).toBe(1);
    expect(await page.getByText('Ingelogd als Sanne de Vries').count()).toBe(1);
    await expectAccessible(page, 'the role page');
    await screenshot(page, 'my-page-student');

    await page.getByRole('link', { name: /Wie deed wat met mijn gegevens/ }).click();
    // Other browser suites log the same demo learner in on the same server, so there may be more than one.
    await expect.poll(() => page.getByRole('cell', { name: 'Ingelogd', exact: true }).count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'the audit trail');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await expect.poll(() => page.getByRole('link', { name: 'Inloggen', exact: true }).count()).toBe(1);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session).toMatchObject({ authenticated: false });
    await context.close();
  });

  it('adapts the navigation to the roles of whoever is logged in', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    const anonymous = await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
    expect(anonymous).toEqual(['Overzicht', 'Catalogus', 'Kwalificaties', 'Instellingen', 'Badge controleren']);
    await loginAs(page, 'demo-instellingsbeheer');
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents())
      .toEqual(['Overzicht', 'Catalogus', 'Kwalificaties', 'Instellingen', 'Badge controleren', 'Mijn Doorpakken', 'Beheer']);
    await context.close();
  });

  it('lets a visitor search kwalificaties with filters in the address bar and open one', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/kwalificaties');
    await page.getByLabel('Zoek op naam of crebo').fill('apothekers');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/q=apothekers/);
    await page.getByLabel('Niveau').selectOption('4');
    await page.waitForURL(/niveau=4/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('1 resultaat');
    await expectAccessible(page, 'the kwalificaties search');
    await page.getByRole('link', { name: 'Apothekersassistent' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Apothekersassistent');
    expect(await page.getByText('B1-K1-W4').count()).toBe(1);
    await expectAccessible(page, 'a kwalificatie');
    await screenshot(page, 'qualification');
    await context.close();
  });

  it('switches to English and remembers it', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/kwalificaties');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Qualifications');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Qualifications');
    await expectAccessible(page, 'an English page');
    await context.close();
  });

  it('imports reference data as a platform administrator, showing row errors before writing anything', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await loginAs(page, 'demo-beheerder', '/beheer/referentiedata');
    await page.getByLabel('Soort gegevens').selectOption('electives');
    await page.getByLabel('Bestand (CSV of JSON)').setInputFiles({
      name: 'keuzedelen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;title;sbu\nK0980;Browsertest keuzedeel;240\nK81;Foute code;250\n'),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Fouten per regel' }).getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'the import page with errors');
    await screenshot(page, 'import-errors');
    await page.getByLabel('Bestand (CSV of JSON)').setInputFiles({
      name: 'keuzedelen.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('code;title;sbu\nK0980;Browsertest keuzedeel;240\n'),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Import voltooid' }).count()).toBe(1);
    const elective = await fetch(`${baseUrl}/api/reference/electives/K0980`);
    expect(elective.status).toBe(200);
    await context.close();
  });

  it('lets an institution administrator see staff and connect a system', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await loginAs(page, 'demo-instellingsbeheer', '/beheer');
    await page.getByRole('link', { name: /ROC Amstelkade/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Beheer: ROC Amstelkade');
    await expect.poll(() => page.getByRole('cell', { name: 'Sanne de Vries' }).count()).toBeGreaterThan(0);
    await page.getByLabel('Naam van het systeem').fill('Studentadministratie');
    await page.getByRole('button', { name: 'Systeem koppelen' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Bewaar dit geheim nu' }).count()).toBe(1);
    await expectAccessible(page, 'institution administration');
    await screenshot(page, 'institution-admin');
    await context.close();
  });

  it('lets the programme manager see a theme team and add a member', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await loginAs(page, 'demo-programmamanager', '/programma/teams');
    await page.getByRole('link', { name: 'Themateam Onderwijscatalogus' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Kevin Bos', exact: true }).count()).toBe(1);
    await page.getByLabel('E-mail').fill('sanne@student.demo.doorpakken.nl');
    await page.getByRole('button', { name: 'Lid toevoegen' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Sanne de Vries', exact: true }).count()).toBeGreaterThan(0);
    await screenshot(page, 'team');
    await expectAccessible(page, 'a theme team');
    await context.close();
  });

  it('fits every page on a 375 px wide phone and keeps it accessible', async () => {
    const context = await newContext(browser(), 'phone');
    const page = await context.newPage();
    const institutions = (await (await fetch(`${baseUrl}/api/reference/institutions`)).json()) as Array<{ id: string }>;
    const pages = [
      '/',
      '/kwalificaties',
      '/kwalificaties/25604',
      '/keuzedelen',
      '/keuzedelen/K0909',
      '/instellingen',
      `/instellingen/${institutions[0]?.id}`,
      '/bestaat-niet',
    ];
    for (const path of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page, path);
      await expectAccessible(page, `${path} on a phone`);
    }
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kwalificaties' }).isVisible()).toBe(true);
    await screenshot(page, 'landing-phone');
    await loginAs(page, 'demo-beheerder', '/mijn');
    for (const path of [
      '/mijn',
      '/mijn/logboek',
      '/beheer',
      '/beheer/referentiedata',
      `/beheer/instellingen/${institutions[0]?.id}`,
      '/programma/teams',
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectNoHorizontalScroll(page, path);
      await expectAccessible(page, `${path} on a phone`);
    }
    await context.close();
  });
});
