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

describe.skipIf(!browserAvailable)('the education catalogue in Chromium', () => {
  const browser = useBrowser();

  it('lets a learner find a unit, filter the results in the address bar and open the unit', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    await page.waitForURL(`${baseUrl}/catalogus`);
    await page.getByLabel('Wat wil je leren?').fill('apotheek');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'resultaten' }).textContent()).toBe('2 resultaten');
    await page.getByRole('checkbox', { name: /Flexibele instroom/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'resultaat' }).textContent()).toBe('1 resultaat');
    expect(new URL(page.url()).searchParams.getAll('intake')).toEqual(['flexible']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('apotheek');
    await expectAccessible(page, 'the catalogue search');
    await screenshot(page, 'catalog-search');

    // The address is shareable: opening it fresh gives the same results.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await expect.poll(() => shared.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Logistiek in de apotheek']);
    await shared.close();

    await page.getByRole('link', { name: 'Logistiek in de apotheek' }).click();
    await page.waitForURL(/\/catalogus\/eenheden\//);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logistiek in de apotheek');
    expect(await page.getByRole('heading', { name: 'Wat dit telt voor je diploma' }).count()).toBe(1);
    expect(await page.getByText('B1-K2 Voert logistieke taken uit in de apotheek').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Wanneer en waar' }).count()).toBe(1);
    await expectAccessible(page, 'a unit page');
    await screenshot(page, 'catalog-unit');
    await context.close();
  });

  it('shows adults the units they can follow on their own, and who offers a kwalificatie, on a phone too', async () => {
    const context = await newContext(browser(), 'phone');
    const page = await context.newPage();
    for (const [path, heading] of [
      ['/catalogus', 'Onderwijscatalogus'],
      ['/catalogus/volwassenen', 'Leren naast je werk'],
      ['/catalogus/kwalificaties/27141', 'Waar kun je Apothekersassistent (27141) volgen?'],
      ['/catalogus/keuzedelen/K0909', 'Waar kun je het keuzedeel Cybersecurity basis (K0909) volgen?'],
      ['/catalogus/standaard', 'Standaard onderwijseenheden'],
    ] as const) {
      await page.goto(path);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, path);
      await expectNoHorizontalScroll(page, path);
    }
    await expect.poll(() => page.getByText('Legoblokjes mbo (demo-afspraak): duurt 30 weken; maximaal 20').count()).toBe(1);
    await screenshot(page, 'catalog-standard-phone');
    await page.goto('/catalogus/volwassenen');
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
    expect(await page.getByText('Werken in een ontwikkelteam').count()).toBe(0);
    await screenshot(page, 'catalog-adults-phone');
    await context.close();
  });

  it('lets a catalogue editor change a published unit and publish the change as a new version', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await loginAs(page, 'demo-redacteur', '/catalogus/beheer');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanbod van ROC Amstelkade');
    await expectAccessible(page, 'the editors’ workspace');
    await page.getByRole('link', { name: 'Cybersecurity basis' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cybersecurity basis');
    await page.getByLabel('Duur in weken').fill('6');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText('Opgeslagen als wijziging. Publiceer om het zichtbaar te maken.').count()).toBe(1);
    await page.getByRole('button', { name: 'Wijzigingen publiceren' }).click();
    await expect.poll(() => page.getByText('Versie 2', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'a unit in the workspace');
    await screenshot(page, 'catalog-editor-unit');
    const phone = await newContext(browser(), 'phone');
    const small = await phone.newPage();
    await loginAs(small, 'demo-redacteur', '/catalogus/beheer');
    await expect.poll(() => small.getByRole('heading', { level: 1 }).textContent()).toBe('Aanbod van ROC Amstelkade');
    await expectNoHorizontalScroll(small, 'the workspace on a phone');
    await phone.close();
    await context.close();
  });

  it('lets an editor check a file, see what is wrong per row, and import the corrected file', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await loginAs(page, 'demo-redacteur', '/catalogus/beheer/import');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Aanbod importeren');
    const header = 'code;title;sbu;crebo;covers;offering_code;intake;start_date;mode;location;price';
    const bad = `${header}\nBRW-1;Browsermodule;240;27141;B1-K1;BRW-1-1;vast;2027-09-06;op locatie;902X001;450\n`;
    await page.getByLabel('Bestand').setInputFiles({ name: 'aanbod.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Fouten per regel' }).getByRole('row').count()).toBe(2);
    expect(await page.getByRole('cell', { name: 'location' }).count()).toBe(1);
    await expectAccessible(page, 'the import page with row errors');
    await screenshot(page, 'catalog-import-errors');
    const good = bad.replace('902X001', '901X001');
    await page.getByLabel('Bestand').setInputFiles({ name: 'aanbod.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await expect.poll(() => page.getByText('Import klaar: 1 regels verwerkt.').count()).toBe(1);
    await context.close();
  });

  it('shows platform administrators the sources of the national catalogue', async () => {
    const context = await newContext(browser(), 'phone');
    const page = await context.newPage();
    await loginAs(page, 'demo-beheerder', '/catalogus/bronnen');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bronnen van de landelijke catalogus');
    await expectAccessible(page, 'the harvest sources');
    await expectNoHorizontalScroll(page, 'the harvest sources');
    await context.close();
  });
});
