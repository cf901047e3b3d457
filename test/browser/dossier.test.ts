import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  browserAvailable,
  eventually,
  expectAccessible,
  expectNoHorizontalScroll,
  loginAs,
  newContext,
  screenshot,
  useBrowser,
} from './support.js';

/*
 * The "done when": a learner adds items, imports a badge, shares a collection, an anonymous
 * recipient opens the link, the learner sees that visit in the access log, revokes, and the link
 * stops working; export and deletion of the dossier work. Deletion uses a second demo learner so that
 * the first one's dossier stays for the other steps.
 */

/** A 1×1 PNG: real image bytes, so that the server's type sniffing accepts it. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const BADGE = 'Veilig werken met gevaarlijke stoffen';
const RECIPIENT = 'Transportbedrijf Van Dijk';

async function csrf(page: Page): Promise<string> {
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken?: string };
  return session.csrfToken ?? '';
}

describe.skipIf(!browserAvailable)('the learner’s own dossier in Chromium', () => {
  const browser = useBrowser();
  let learnerContext: BrowserContext;
  let learner: Page;
  let credentialJson: string;
  let shareLink: string;

  beforeAll(async () => {
    // A badge for Sanne from the issuer; she downloads it without accepting it, so it reaches her
    // dossier only through the import below.
    const issuerContext = await newContext(browser());
    const issuer = await issuerContext.newPage();
    await loginAs(issuer, 'demo-uitgever');
    const achievements = (await (await fetch(`${baseUrl}/api/credentials/achievements?q=Veilig`)).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const achievementId = achievements.items.find((a) => a.name === BADGE)?.id ?? '';
    // The page's own session request may set the CSRF secret at the same moment: ask again after a 403.
    let awarded = await issuer.request.post(`/api/credentials/achievements/${achievementId}/awards`, {
      headers: { 'x-csrf-token': await csrf(issuer) },
      data: { email: 'sanne@student.demo.doorpakken.nl' },
    });
    if (awarded.status() === 403) {
      awarded = await issuer.request.post(`/api/credentials/achievements/${achievementId}/awards`, {
        headers: { 'x-csrf-token': await csrf(issuer) },
        data: { email: 'sanne@student.demo.doorpakken.nl' },
      });
    }
    expect(awarded.status()).toBe(201);
    const { id: awardId } = (await awarded.json()) as { id: string };
    await issuerContext.close();

    learnerContext = await newContext(browser());
    await learnerContext.grantPermissions(['clipboard-read', 'clipboard-write']);
    learner = await learnerContext.newPage();
    await loginAs(learner, 'demo-student', '/dossier');
    // Signing runs on worker threads: wait for the signed document.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const response = await learner.request.get(`/api/credentials/me/awards/${awardId}/credential?format=json`);
      if (response.ok()) {
        credentialJson = await response.text();
        break;
      }
      if (Date.now() > deadline) throw new Error(`The badge was not signed in time (${response.status()})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  it('lets the learner add self-declared items, with messages for what is missing', async () => {
    const page = learner;
    await eventually(() => page.getByRole('heading', { level: 1, name: 'Mijn dossier' }).count()).toBe(1);
    await eventually(() => page.getByRole('heading', { level: 2, name: 'Tijdlijn' }).count()).toBe(1);
    await expectAccessible(page, 'the dossier timeline');
    await screenshot(page, 'dossier-timeline-before');

    await page.getByRole('link', { name: 'Toevoegen', exact: true }).click();
    await page.getByRole('link', { name: /^Vaardigheid/ }).click();
    await page.getByRole('button', { name: 'Opslaan in mijn dossier' }).click();
    await eventually(() => page.getByText('Controleer de volgende velden:').count()).toBe(1);
    expect(await page.getByLabel('Vaardigheid', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'the item form with errors');
    await page.getByLabel('Vaardigheid', { exact: true }).fill('Orderpicken met spraaksturing');
    await page.getByLabel(/^Niveau/).selectOption('advanced');
    await page.getByLabel(/^Omschrijving/).fill('Met headset en spraakgestuurd WMS, 180 regels per uur.');
    await page.getByRole('button', { name: 'Opslaan in mijn dossier' }).click();
    await eventually(() => page.getByRole('heading', { level: 1, name: 'Orderpicken met spraaksturing' }).count()).toBe(1);
    expect(await page.getByText('Zelf ingevuld').count()).toBeGreaterThan(0);
    expect(await page.getByText('Ver gevorderd').count()).toBe(1);
    await page.getByRole('link', { name: 'Wijzigen' }).click();
    await page.getByLabel(/^Niveau/).selectOption('expert');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await eventually(() => page.getByText('Expert', { exact: true }).count()).toBe(1);

    // A portfolio piece with an evidence file, uploaded with a progress bar.
    await page.goto('/dossier/toevoegen/portfolio');
    await page.getByLabel('Titel', { exact: true }).fill('Magazijnindeling herontworpen');
    await page
      .getByLabel('Reflectie')
      .fill('Ik heb de looproutes in het magazijn korter gemaakt en geleerd om met het team te overleggen.');
    await page.getByLabel('Bestanden', { exact: true }).setInputFiles({ name: 'plattegrond.png', mimeType: 'image/png', buffer: png });
    await eventually(() => page.getByRole('link', { name: 'plattegrond.png' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Opslaan in mijn dossier' }).click();
    await eventually(() => page.getByRole('heading', { level: 1, name: 'Magazijnindeling herontworpen' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Downloaden plattegrond.png' }).count()).toBe(1);
    await expectAccessible(page, 'an item page');
    await screenshot(page, 'dossier-item-with-file');
  });

  it('imports a badge from a file, and keeps out one whose signature is broken', async () => {
    const page = learner;
    await page.goto('/dossier/importeren');
    await page.getByLabel('Badgebestand (JSON of JWT)').setInputFiles({
      name: 'badge.json',
      mimeType: 'application/json',
      buffer: Buffer.from(credentialJson),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await eventually(() => page.getByText(`“${BADGE}” staat nu in je dossier.`).count(), 30_000).toBe(1);
    expect(await page.getByText('Digitaal ondertekend — geldig').count()).toBe(1);
    await expectAccessible(page, 'the import page');

    const tampered = JSON.parse(credentialJson) as { credentialSubject: { achievement: { name: string } } };
    tampered.credentialSubject.achievement.name = 'Kraanmachinist (vervalst)';
    await page.getByLabel('Tekst plakken (JSON of JWT)').check();
    await page.getByLabel('Plak de badge (JSON of JWT)').fill(JSON.stringify(tampered));
    await page.getByRole('button', { name: 'Importeren' }).click();
    await eventually(() => page.getByText(/De handtekening van deze badge klopt niet/).count(), 30_000).toBe(1);

    await page.goto('/dossier');
    await eventually(() => page.getByRole('link', { name: BADGE }).count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByText('Kraanmachinist (vervalst)').count()).toBe(0);
    await page.getByLabel('Soort').selectOption('skill');
    await page.waitForURL(/soort=skill/);
    // The skill is in the list before and after filtering: wait for the badge to leave it, and for
    // the filtered list to show (while it loads, neither is there).
    await eventually(() => page.getByRole('link', { name: BADGE }).count()).toBe(0);
    await eventually(() => page.getByRole('link', { name: 'Orderpicken met spraaksturing' }).count()).toBe(1);
    await page.getByLabel('Soort').selectOption('');
    await screenshot(page, 'dossier-timeline-desktop');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoHorizontalScroll(page, 'the dossier timeline');
    await screenshot(page, 'dossier-timeline-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets the learner ask the school to correct an attested result, which its staff answer', async () => {
    const page = learner;
    await page.goto('/dossier?soort=result');
    await page.getByRole('link', { name: 'Nederlands 2F' }).click();
    await eventually(() => page.getByRole('heading', { level: 1, name: 'Nederlands 2F' }).count()).toBe(1);
    expect(await page.getByText('Bevestigd door ROC Amstelkade').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Wijzigen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Vraag correctie aan' }).click();
    await eventually(() => page.getByText('Beschrijf in een paar woorden wat er niet klopt.').count()).toBe(1);
    await page.getByLabel('Wat klopt er niet?').fill('Het examen was in juni, niet in mei.');
    await page.getByRole('button', { name: 'Vraag correctie aan' }).click();
    await eventually(() => page.getByText('Je verzoek is naar de instelling gestuurd.').count()).toBe(1);
    await expectAccessible(page, 'an attested item with a correction request');
    await screenshot(page, 'dossier-attested-item');

    const context = await newContext(browser());
    const staff = await context.newPage();
    await loginAs(staff, 'demo-docent', '/dossier/instelling');
    await eventually(() => staff.getByText('Het examen was in juni, niet in mei.').count()).toBe(1);
    await expectAccessible(staff, 'the staff page');
    await staff.getByLabel('Gecorrigeerd').first().check();
    await staff.getByLabel('Antwoord aan de student').first().fill('Klopt, de datum is aangepast.');
    await staff.getByRole('button', { name: 'Antwoord versturen' }).first().click();
    await eventually(() => staff.getByText(/Klopt, de datum is aangepast\./).count()).toBe(1);
    await screenshot(staff, 'dossier-staff');
    await context.close();

    await page.reload();
    await eventually(() => page.getByText('Antwoord: Klopt, de datum is aangepast.').count()).toBe(1);
  });

  it('creates a collection and shares it until a date with a named recipient, showing the link once', async () => {
    const page = learner;
    await page.goto('/dossier/delen');
    await page.getByLabel('Naam van de nieuwe collectie').fill('Cv voor de logistiek');
    await page.getByRole('button', { name: 'Collectie maken' }).click();
    await eventually(() => page.getByRole('heading', { level: 3, name: 'Cv voor de logistiek' }).count()).toBe(1);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Cv voor de logistiek' }) });
    await card.getByText('Onderdelen kiezen').click();
    // The filter narrows the list; what is chosen stays chosen while it is hidden.
    await card.getByLabel('Zoek op titel').fill('magazijn');
    await eventually(() => card.getByText(/^0 gekozen · 1 van \d+ getoond$/).count()).toBe(1);
    await screenshot(page, 'dossier-collection-picker');
    await card.getByLabel(/^Magazijnindeling herontworpen/).check();
    await card.getByLabel('Zoek op titel').fill('');
    await card.getByLabel(/^Orderpicken met spraaksturing/).check();
    await card
      .getByLabel(new RegExp(`^${BADGE}`))
      .first()
      .check();
    await eventually(() => card.getByText(/^3 gekozen · (\d+) van \1 getoond$/).count()).toBe(1);
    await card.getByRole('button', { name: 'Collectie opslaan' }).click();
    await eventually(() => card.getByText('3 onderdelen').count()).toBe(1);

    await page.getByRole('button', { name: 'Nieuwe deellink maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe deellink' });
    await eventually(() => dialog.isVisible()).toBe(true);
    const expected = await page.evaluate<string>(
      '(() => { const d = new Date(); d.setDate(d.getDate() + 30); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`; })()',
    );
    expect(await dialog.getByLabel('Link werkt tot en met').inputValue()).toBe(expected);
    await dialog.getByRole('button', { name: 'Link maken' }).click();
    await eventually(() => dialog.getByText('Kies een collectie.').count()).toBe(1);
    await dialog.getByLabel('Collectie', { exact: true }).selectOption({ label: 'Cv voor de logistiek (3 onderdelen)' });
    await dialog.getByLabel(/^Naam van de ontvanger/).fill(RECIPIENT);
    await dialog.getByLabel(/^Ook zichtbaar voor een onderwijsinstelling/).selectOption({ label: 'ROC Amstelkade' });
    await expectAccessible(page, 'the share dialog');
    await dialog.getByRole('button', { name: 'Link maken' }).click();
    await eventually(() => dialog.getByText('Je ziet deze link maar één keer.').count()).toBe(1);
    shareLink = await dialog.getByLabel('Deellink').inputValue();
    expect(shareLink).toMatch(/\/gedeeld\/[A-Za-z0-9_-]{32}$/);
    await dialog.getByRole('button', { name: 'Link kopiëren' }).click();
    await eventually(() => dialog.getByText('Gekopieerd.').count()).toBe(1);
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(shareLink);
    await screenshot(page, 'dossier-share-dialog');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoHorizontalScroll(page, 'the share dialog');
    await screenshot(page, 'dossier-share-dialog-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByRole('button', { name: 'Klaar' }).click();
    await eventually(() => page.getByRole('cell', { name: RECIPIENT, exact: true }).count()).toBe(1);
    await expectAccessible(page, 'the sharing page');
    await screenshot(page, 'dossier-shares');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoHorizontalScroll(page, 'the sharing page');
    await screenshot(page, 'dossier-shares-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('shows an anonymous recipient the shared items with their provenance, printable and in English too', async () => {
    for (const size of ['desktop', 'phone'] as const) {
      const context = await newContext(browser(), size);
      const page = await context.newPage();
      await page.goto(shareLink);
      await eventually(() => page.getByRole('heading', { level: 1, name: 'Gedeeld door Sanne de Vries' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Orderpicken met spraaksturing' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: 'Magazijnindeling herontworpen' }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: BADGE }).count()).toBe(1);
      expect(await page.getByText('Zelf ingevuld', { exact: true }).count()).toBe(2);
      expect(await page.getByText('Digitaal ondertekend — geldig').count()).toBe(1);
      expect(await page.getByText(`Gedeeld met ${RECIPIENT}`, { exact: false }).count()).toBe(1);
      await expectAccessible(page, `the recipient's page (${size})`);
      if (size === 'phone') await expectNoHorizontalScroll(page, "the recipient's page");
      await screenshot(page, `dossier-shared-${size}`);
      if (size === 'desktop') {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Download als verifieerbare presentatie' }).click(),
        ]);
        const presentation = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { type: unknown };
        expect(JSON.stringify(presentation.type)).toContain('VerifiablePresentation');
        const [evidence] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'plattegrond.png' }).click()]);
        expect(await readFile((await evidence.path()) ?? '')).toEqual(png);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.site-header').isVisible()).toBe(false);
        expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await eventually(() => page.getByRole('heading', { level: 1, name: 'Shared by Sanne de Vries' }).count()).toBe(1);
        expect(await page.getByText('Self-declared', { exact: true }).count()).toBe(2);
      }
      await context.close();
    }
  });

  it('shows the learner who opened the link in the access log', async () => {
    const page = learner;
    await page.goto('/dossier/inzage');
    await eventually(() => page.getByRole('cell', { name: RECIPIENT, exact: true }).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('cell', { name: /^Deellink geopend/ }).count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('cell', { name: /^Bestand gedownload via deellink/ }).count()).toBe(1);
    await page.getByLabel('Soort').selectOption('share-download');
    await eventually(() => page.getByRole('cell', { name: /^Gedownload via deellink/ }).count()).toBe(1);
    await eventually(() => page.getByRole('cell', { name: /^Deellink geopend/ }).count()).toBe(0);
    await page.getByLabel('Soort').selectOption('');
    await expectAccessible(page, 'the access log');
    await screenshot(page, 'dossier-access-log');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoHorizontalScroll(page, 'the access log');
    await screenshot(page, 'dossier-access-log-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets staff of the chosen institution read the share, and the learner sees that read', async () => {
    const context = await newContext(browser());
    const staff = await context.newPage();
    await loginAs(staff, 'demo-docent', '/dossier/instelling');
    await staff.getByRole('link', { name: 'Sanne de Vries' }).click();
    await eventually(() => staff.getByRole('heading', { level: 1, name: 'Gedeeld door Sanne de Vries' }).count()).toBe(1);
    expect(await staff.getByRole('heading', { name: 'Orderpicken met spraaksturing' }).count()).toBe(1);
    await expectAccessible(staff, 'a share read by institution staff');
    await context.close();

    await learner.goto('/dossier/inzage?soort=institution-read');
    await eventually(() => learner.getByRole('cell', { name: 'ROC Amstelkade', exact: true }).count()).toBe(1);
  });

  it('revokes the link, after which it shows only that it no longer works', async () => {
    const page = learner;
    await page.goto('/dossier/delen');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: new RegExp(`^Intrekken.*${RECIPIENT}`) }).click();
    await eventually(() => page.getByRole('heading', { name: 'Verlopen en ingetrokken links' }).count()).toBe(1);
    expect(await page.getByText('Ingetrokken', { exact: true }).count()).toBe(1);

    const context = await newContext(browser());
    const anonymous = await context.newPage();
    await anonymous.goto(shareLink);
    await eventually(() => anonymous.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }).count()).toBe(1);
    expect(await anonymous.getByText('De eigenaar heeft de link ingetrokken.').count()).toBe(1);
    expect(await anonymous.getByText('Orderpicken met spraaksturing').count()).toBe(0);
    expect(await anonymous.getByText('Sanne de Vries').count()).toBe(0);
    await expectAccessible(anonymous, 'a revoked link');
    await context.close();

    await page.goto('/dossier/inzage');
    await eventually(() => page.getByRole('cell', { name: /^Geweigerd: link werkt niet meer/ }).count()).toBe(1);
  });

  it('exports the dossier as JSON-LD, as a zip with the files, and as a PDF', async () => {
    const page = learner;
    await page.goto('/dossier/gegevens');
    await eventually(() => page.getByRole('heading', { level: 2, name: 'Alles downloaden' }).count()).toBe(1);
    await expectAccessible(page, 'the data page');
    await screenshot(page, 'dossier-data');
    const fetchDownload = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      return readFile((await download.path()) ?? '');
    };
    const jsonld = JSON.parse((await fetchDownload('JSON-LD downloaden')).toString('utf8')) as Record<string, unknown>;
    expect(jsonld['@context']).toBeDefined();
    expect(JSON.stringify(jsonld)).toContain('Orderpicken met spraaksturing');
    const zip = await fetchDownload('Zip downloaden');
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    const pdf = await fetchDownload('PDF downloaden');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('deletes a dossier after a clear warning and a typed confirmation; its links stop working', async () => {
    const context = await newContext(browser(), 'phone');
    const page = await context.newPage();
    await loginAs(page, 'demo-herstarter', '/dossier/toevoegen/skill');
    await page.getByLabel('Vaardigheid', { exact: true }).fill('Klantcontact');
    await page.getByRole('button', { name: 'Opslaan in mijn dossier' }).click();
    await eventually(() => page.getByRole('heading', { level: 1, name: 'Klantcontact' }).count()).toBe(1);
    await page.goto('/dossier/delen');
    await page.getByRole('button', { name: 'Nieuwe deellink maken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe deellink' });
    await dialog.getByLabel('Losse onderdelen').check();
    await dialog.getByLabel(/^Klantcontact/).check();
    await dialog.getByRole('button', { name: 'Link maken' }).click();
    await eventually(() => dialog.getByText('Je ziet deze link maar één keer.').count()).toBe(1);
    const link = await dialog.getByLabel('Deellink').inputValue();
    await dialog.getByRole('button', { name: 'Klaar' }).click();

    await page.goto('/dossier/gegevens');
    await eventually(() => page.getByText(/Je 1 actieve deellink werkt direct niet meer/).count()).toBe(1);
    await expectNoHorizontalScroll(page, 'the data page');
    await screenshot(page, 'dossier-delete-phone');
    await page.getByRole('button', { name: 'Mijn dossier definitief verwijderen' }).click();
    await eventually(() => page.getByText('Typ precies: verwijder mijn dossier').count()).toBe(1);
    await page.getByLabel('Typ “verwijder mijn dossier” om te bevestigen').fill('verwijder mijn dossier');
    await page.getByRole('button', { name: 'Mijn dossier definitief verwijderen' }).click();
    await eventually(() => page.getByText('Je dossier is verwijderd. 1 deellink is ingetrokken.').count()).toBe(1);
    await page.goto('/dossier');
    await eventually(() => page.getByText('Je dossier is nog leeg. Voeg iets toe of importeer een badge.').count()).toBe(1);
    await page.goto(link);
    await eventually(() => page.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' }).count()).toBe(1);
    await context.close();
  });

  it('deletes the account with the dossier when the learner asks, and signs them out', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    // An account of its own: other suites on this server list and use the other demo accounts.
    await loginAs(page, 'demo-zijinstromer', '/dossier/gegevens');
    await page.getByLabel('Verwijder ook mijn account').check();
    await expectAccessible(page, 'the data page with account deletion chosen');
    await page.getByLabel('Typ “verwijder mijn dossier” om te bevestigen').fill('verwijder mijn dossier');
    await page.getByRole('button', { name: 'Mijn dossier definitief verwijderen' }).click();
    await eventually(() => page.getByText('Je account is ook verwijderd en je bent uitgelogd.').count()).toBe(1);
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await eventually(() => page.getByRole('link', { name: 'Inloggen', exact: true }).count()).toBe(1);
    const session = await page.evaluate(async () => (await fetch('/api/session')).json());
    expect(session).toMatchObject({ authenticated: false });
    await context.close();
  });
});
