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
 * The "done when": an issuer awards a badge in the web UI, the learner accepts and
 * downloads it, an employer verifies it on the public page (also as a baked image), a revoked badge
 * shows as revoked, and a group gets a badge from a CSV file.
 */

describe.skipIf(!browserAvailable)('microcredentials in Chromium', () => {
  const browser = useBrowser();
  let institutionId: string;
  let achievementId: string;
  let issuer: BrowserContext;
  let issuerPage: Page;
  let learnerPage: Page;
  let credentialJson: string;
  beforeAll(async () => {
    const list = (await (await fetch(`${baseUrl}/api/reference/institutions?q=Amstelkade`)).json()) as Array<{ id: string }>;
    institutionId = list[0]?.id ?? '';
    const achievements = (await (await fetch(`${baseUrl}/api/credentials/achievements?q=Veilig`)).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    achievementId = achievements.items.find((a) => a.name === 'Veilig werken met gevaarlijke stoffen')?.id ?? '';
    issuer = await newContext(browser());
    issuerPage = await issuer.newPage();
    await loginAs(issuerPage, 'demo-uitgever', `/badges/uitgeven/${institutionId}`);
  });

  it('lets an issuer award a badge to a learner from the badge’s page', async () => {
    const page = issuerPage;
    await eventually(() => page.getByRole('heading', { level: 2, name: 'Badges (achievements)' }).count()).toBe(1);
    await expectAccessible(page, 'the issuer dashboard');
    await screenshot(page, 'credentials-issuer');
    await page.getByRole('link', { name: 'Veilig werken met gevaarlijke stoffen' }).click();
    await page.getByLabel('E-mailadres').fill('sanne@student.demo.doorpakken.nl');
    await page.getByRole('button', { name: 'Toekennen', exact: true }).click();
    await eventually(() => page.getByText('Toegekend aan sanne@student.demo.doorpakken.nl.').count()).toBe(1);
    await expectAccessible(page, 'the badge page');
    await screenshot(page, 'credentials-achievement');
  });

  it('lets the learner accept the badge and download it', async () => {
    const context = await newContext(browser());
    learnerPage = await context.newPage();
    await loginAs(learnerPage, 'demo-student', '/badges');
    const page = learnerPage;
    await eventually(() => page.getByRole('button', { name: 'Accepteren' }).count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'the learner badges page');
    await screenshot(page, 'credentials-learner');
    while ((await page.getByRole('button', { name: 'Accepteren' }).count()) > 0) {
      await page.getByRole('button', { name: 'Accepteren' }).first().click();
      await page.waitForTimeout(300);
    }
    await eventually(() => page.getByText(/Geaccepteerd op/).count()).toBeGreaterThanOrEqual(2);
    await page.getByText('Downloaden').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Credential (JSON-LD)' }).first().click(),
    ]);
    credentialJson = await readFile((await download.path()) ?? '', 'utf8');
    expect(JSON.parse(credentialJson)).toMatchObject({ type: ['VerifiableCredential', 'OpenBadgeCredential'] });
  });

  it('lets an employer verify the badge on the public page without logging in', async () => {
    for (const size of ['desktop', 'phone'] as const) {
      const context = await newContext(browser(), size);
      const page = await context.newPage();
      await page.goto('/verifieren');
      await page.getByLabel('Plak de badge (JSON of JWT)').fill(credentialJson);
      await page.getByRole('button', { name: 'Controleren' }).click();
      await eventually(() => page.getByText('Deze badge is echt en geldig.').count()).toBe(1);
      expect(await page.getByText('Sanne de Vries').count()).toBeGreaterThan(0);
      expect(await page.getByText('De uitgever heeft de badge ingetrokken.').count()).toBe(0);
      expect(await page.getByText('De badge is niet ingetrokken en niet geschorst.').count()).toBe(1);
      await expectAccessible(page, `the verification page (${size})`);
      if (size === 'phone') await expectNoHorizontalScroll(page, 'the verification page');
      await screenshot(page, `credentials-verify-${size}`);
      await context.close();
    }
  });

  it('lets the learner share the badge by link, which an employer opens on the verification page', async () => {
    const page = learnerPage;
    await page.goto('/badges');
    await page.getByRole('button', { name: 'Deel via een link' }).first().click();
    await eventually(() => page.getByLabel('Deellink').count()).toBeGreaterThan(0);
    const link = await page.getByLabel('Deellink').first().inputValue();
    expect(link).toContain('/credentials/shared/');
    const context = await newContext(browser());
    const employer = await context.newPage();
    await employer.goto(`/verifieren?link=${encodeURIComponent(link)}`);
    await eventually(() => employer.getByText('Deze badge is echt en geldig.').count()).toBe(1);
    await context.close();
  });

  it('reads a baked PNG back on the verification page', async () => {
    const page = learnerPage;
    await page.goto('/badges');
    await page.getByText('Downloaden').first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Badge-afbeelding (PNG)' }).first().click(),
    ]);
    const path = `${(await download.path()) ?? ''}`;
    const context = await newContext(browser());
    const employer = await context.newPage();
    await employer.goto('/verifieren');
    await employer
      .getByLabel('Of kies een bestand (JSON, JWT, PNG of SVG)')
      .setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: await readFile(path) });
    await employer.getByRole('button', { name: 'Controleren' }).click();
    await eventually(() => employer.getByText('Deze badge is echt en geldig.').count()).toBe(1);
    await context.close();
  });

  it('shows a badge the issuer revoked as revoked', async () => {
    const page = issuerPage;
    await page.goto(`/badges/uitgeven/${institutionId}/badges/${achievementId}`);
    const id = (JSON.parse(credentialJson) as { id: string }).id;
    expect(id).toMatch(/^urn:uuid:/);
    await eventually(() => page.getByRole('heading', { name: 'Uitgegeven badges' }).count()).toBe(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByRole('button', { name: /^Intrekken/ })
      .first()
      .click();
    await eventually(() => page.getByText('Ingetrokken', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    const context = await newContext(browser());
    const employer = await context.newPage();
    await employer.goto('/verifieren');
    // The newest award is the one revoked above; it is the first listed and the one downloaded last.
    const response = await learnerPage.request.get(`/api/credentials/me/awards`);
    const awards = (await response.json()) as Array<{ id: string; revokedAt: string | null }>;
    const revoked = awards.find((a) => a.revokedAt);
    expect(revoked).toBeDefined();
    const document = await (await learnerPage.request.get(`/api/credentials/me/awards/${revoked?.id}/credential?format=json`)).text();
    await employer.getByLabel('Plak de badge (JSON of JWT)').fill(document);
    await employer.getByRole('button', { name: 'Controleren' }).click();
    await eventually(() => employer.getByText('Deze badge is echt, maar ingetrokken door de uitgever.').count()).toBe(1);
    await screenshot(employer, 'credentials-verify-revoked');
    await context.close();
  });

  it('awards a badge to a group from a CSV file with a progress bar', async () => {
    const page = issuerPage;
    await page.goto(`/badges/uitgeven/${institutionId}/badges/${achievementId}`);
    const csv = ['email;naam', ...Array.from({ length: 25 }, (_, i) => `groep${i}@student.example;Deelnemer ${i}`)].join('\n');
    await page.getByLabel('CSV-bestand').setInputFiles({ name: 'groep.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await eventually(() => page.getByText('25 ontvangers, van wie 0 al een account hebben.').count()).toBe(1);
    await page.getByRole('button', { name: 'Toekennen aan iedereen' }).click();
    await eventually(() => page.getByText('25 badges uitgegeven.').count(), 60_000).toBe(1);
    await expectAccessible(page, 'the badge page after a bulk award');
    await page.setViewportSize({ width: 375, height: 740 });
    await screenshot(page, 'credentials-bulk-phone');
    await expectNoHorizontalScroll(page, 'the badge page');
  });
});
