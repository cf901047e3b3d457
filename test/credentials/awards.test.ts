import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeStatusList, statusBit } from '../../src/credentials/signing/status-list.js';
import { describeEachBackend } from '../support/backends.js';
import { rowCountFingerprint } from '../support/row-counts.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';
import { issuingInstitutionId, loginAsIssuer } from './fixtures.js';
import { microcredential } from './achievements.test.js';

interface Report {
  verified: boolean;
  verdict: string;
  checks: Array<{ name: string; outcome: string; code: string }>;
  credential: { learner: { name: string | null }; issuer: { name: string | null } } | null;
  registeredIssuer: { institutionName: string } | null;
}

describeEachBackend('awarding, accepting, revoking and verifying badges', (backend) => {
  let t: TestApp;
  let institutionId: string;
  let issuer: PersonHeaders;
  let learner: PersonHeaders;
  let achievementId: string;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true, jobs: true });
    institutionId = await issuingInstitutionId(t);
    issuer = await loginAsIssuer(t, institutionId);
    learner = await t.loginAs({ name: 'Lotte Leerling', grants: [{ role: 'learner', scope: 'institution', scopeId: institutionId }] });
    await t.database.rawQuery(`update persons set email = 'lotte@student.example' where id = $1`, [learner.personId]);
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/institutions/${institutionId}/achievements`,
      headers: issuer.headers,
      payload: microcredential(),
    });
    achievementId = created.json<{ id: string }>().id;
  }, 60_000);
  afterAll(async () => t.close());

  const verify = async (credential: unknown) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/credentials/verifications', payload: { credential } });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Report>();
  };
  const award = (email: string, name?: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/credentials/achievements/${achievementId}/awards`,
      headers: issuer.headers,
      payload: { email, ...(name ? { name } : {}) },
    });
  const fetchCredential = async (awardId: string, format: string) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/credentials/me/awards/${awardId}/credential?format=${format}`,
      headers: learner.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const download = async (awardId: string) => (await fetchCredential(awardId, 'json')).json<Record<string, unknown>>();
  const downloadJwt = async (awardId: string, format: string) => (await fetchCredential(awardId, format)).body;

  it('awards a badge to a learner with an account, who accepts it and can prove it', async () => {
    const response = await award('LOTTE@student.example');
    expect(response.statusCode, response.body).toBe(201);
    const { id, recipientHasAccount } = response.json<{ id: string; recipientHasAccount: boolean }>();
    expect(recipientHasAccount).toBe(true);

    const mine = await t.app.inject({ method: 'GET', url: '/api/credentials/me/awards', headers: learner.headers });
    expect(mine.json()).toEqual([
      expect.objectContaining({ id, achievementName: 'Veilig werken met gevaarlijke stoffen', acceptedAt: null }),
    ]);
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/me/awards/${id}/answer`,
      headers: learner.headers,
      payload: { accept: true },
    });
    expect(accept.statusCode).toBe(204);

    const credential = await download(id);
    expect(credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { type: ['AchievementSubject'], achievement: { name: 'Veilig werken met gevaarlijke stoffen' } },
      proof: { cryptosuite: 'eddsa-rdfc-2022' },
    });
    const identifiers = (credential['credentialSubject'] as { identifier: Array<Record<string, unknown>> }).identifier;
    expect(identifiers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ identityType: 'name', identityHash: 'Lotte Leerling', hashed: false }),
        expect.objectContaining({
          identityType: 'emailAddress',
          hashed: true,
          identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/),
        }),
      ]),
    );
    expect(JSON.stringify(credential)).not.toContain('lotte@student.example');

    const report = await verify(credential);
    expect(report).toMatchObject({ verified: true, verdict: 'valid', registeredIssuer: { institutionName: 'ROC Amstelkade' } });
    expect(report.checks.map((c) => `${c.name}:${c.outcome}`)).toEqual([
      'format:passed',
      'signature:passed',
      'issuer-key:passed',
      'dates:passed',
      'status:passed',
      'schema:passed',
    ]);
    expect(await verify(await downloadJwt(id, 'jwt'))).toMatchObject({ verified: true });
    expect(await verify(await downloadJwt(id, 'jwt-rs256'))).toMatchObject({ verified: true, format: 'vc-jwt' });

    const audit = await t.database.rawQuery(
      `select action from audit_events where subject_id = $1 and data_subject_person_id = $2 order by occurred_at`,
      [id, learner.personId],
    );
    expect(audit).toEqual([{ action: 'credentials.awarded' }, { action: 'credentials.award-accepted' }]);
  });

  it('bakes the badge into PNG and SVG images that verify when uploaded', async () => {
    const { id } = (await award('lotte@student.example')).json<{ id: string }>();
    for (const format of ['png', 'svg'] as const) {
      const image = await t.app.inject({
        method: 'GET',
        url: `/api/credentials/me/awards/${id}/baked?format=${format}`,
        headers: learner.headers,
      });
      expect(image.statusCode, image.body).toBe(200);
      const type = format === 'png' ? 'image/png' : 'image/svg+xml';
      expect(image.headers['content-type']).toContain(type);
      const checked = await t.app.inject({
        method: 'POST',
        url: '/api/credentials/verifications/image',
        headers: { 'content-type': type },
        payload: image.rawPayload,
      });
      expect(checked.statusCode, checked.body).toBe(200);
      expect(checked.json()).toMatchObject({ verified: true, credential: { learner: { name: 'Lotte Leerling' } } });
    }
    const plain = await t.app.inject({ method: 'GET', url: `/credentials/achievements/${achievementId}/image` });
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/credentials/verifications/image',
      headers: { 'content-type': 'image/svg+xml' },
      payload: plain.body,
    });
    expect(none.json()).toMatchObject({ status: 422, code: 'credentials.image-without-credential' });
  });

  it('shares an accepted badge by a link that stops working when sharing stops', async () => {
    const { id } = (await award('lotte@student.example')).json<{ id: string }>();
    const share = (on: boolean) =>
      t.app.inject({ method: 'POST', url: `/api/credentials/me/awards/${id}/share`, headers: learner.headers, payload: { share: on } });
    expect((await share(true)).json()).toMatchObject({ code: 'credentials.award-not-accepted' });
    await t.app.inject({
      method: 'POST',
      url: `/api/credentials/me/awards/${id}/answer`,
      headers: learner.headers,
      payload: { accept: true },
    });
    const { url } = (await share(true)).json<{ url: string }>();
    expect(url).toMatch(/\/credentials\/shared\/[A-Za-z0-9_-]{32}$/);
    const path = new URL(url).pathname;
    const opened = await t.app.inject({ method: 'GET', url: path });
    expect(opened.statusCode).toBe(200);
    expect(await verify(opened.json())).toMatchObject({ verified: true });
    expect((await share(false)).json()).toEqual({ url: null });
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });

  it('revokes a badge: the signed status list flips its bit and verification reports it revoked', async () => {
    const { id } = (await award('lotte@student.example')).json<{ id: string }>();
    const credential = await download(id);
    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/awards/${id}/status`,
      headers: issuer.headers,
      payload: { change: 'revoke', reason: 'Toegekend aan de verkeerde persoon' },
    });
    expect(revoke.statusCode, revoke.body).toBe(200);
    const report = await verify(credential);
    expect(report).toMatchObject({ verified: false, verdict: 'revoked' });
    expect(report.checks).toContainEqual(expect.objectContaining({ name: 'signature', outcome: 'passed' }));

    const entry = (
      credential['credentialStatus'] as Array<{ statusPurpose: string; statusListCredential: string; statusListIndex: string }>
    )[0];
    expect(entry?.statusPurpose).toBe('revocation');
    const listPath = new URL(entry?.statusListCredential ?? '').pathname;
    const list = await t.app.inject({ method: 'GET', url: listPath });
    expect(list.statusCode).toBe(200);
    const document = list.json<{ credentialSubject: { encodedList: string; statusPurpose: string } }>();
    expect(document).toMatchObject({
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      proof: { cryptosuite: 'eddsa-rdfc-2022' },
    });
    expect(statusBit(decodeStatusList(document.credentialSubject.encodedList), Number(entry?.statusListIndex))).toBe(true);
    expect(await verify(document)).toMatchObject({ verified: true });

    const again = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/awards/${id}/status`,
      headers: issuer.headers,
      payload: { change: 'reinstate' },
    });
    expect(again.json()).toMatchObject({ code: 'credentials.award-revoked' });
  });

  it('suspends and reinstates a badge', async () => {
    const { id } = (await award('lotte@student.example')).json<{ id: string }>();
    const credential = await download(id);
    const change = (c: string) =>
      t.app.inject({ method: 'POST', url: `/api/credentials/awards/${id}/status`, headers: issuer.headers, payload: { change: c } });
    expect((await change('suspend')).statusCode).toBe(200);
    expect(await verify(credential)).toMatchObject({ verdict: 'suspended' });
    expect((await change('reinstate')).statusCode).toBe(200);
    expect(await verify(credential)).toMatchObject({ verdict: 'valid' });
  });

  it('awards to an e-mail address without an account; the learner who logs in with it claims the badge', async () => {
    const response = await award('nieuw@student.example', 'Nina Nieuw');
    expect(response.json()).toMatchObject({ recipientHasAccount: false });
    const nameless = await award('iemand@student.example');
    expect(nameless.json()).toMatchObject({ code: 'credentials.recipient-name-required' });
    const nina = await t.loginAs({ name: 'Nina Nieuw' });
    await t.database.rawQuery(`update persons set email = 'nieuw@student.example' where id = $1`, [nina.personId]);
    const mine = await t.app.inject({ method: 'GET', url: '/api/credentials/me/awards', headers: nina.headers });
    const [first] = mine.json<Array<{ id: string }>>();
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/me/awards/${first?.id}/answer`,
      headers: nina.headers,
      payload: { accept: true },
    });
    expect(accept.statusCode).toBe(204);
    const [claimed] = (await t.database.rawQuery(`select recipient_person_id from credential_awards where id = $1`, [first?.id])) as Array<{
      recipient_person_id: string;
    }>;
    expect(claimed?.recipient_person_id).toBe(nina.personId);
  });

  it('awards a whole group from CSV: preview with row errors, then idempotent signing in the background', async () => {
    const url = `/api/credentials/achievements/${achievementId}/bulk-awards`;
    const before = await rowCountFingerprint(t.database.db);
    const bad = await t.app.inject({
      method: 'POST',
      url: `${url}?dryRun=true`,
      headers: { ...issuer.headers, 'content-type': 'text/csv' },
      payload: 'email;naam\nniet-een-adres;Ab\na@x.example;\nb@x.example;Bo\nB@x.example;Bo\n',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ errors: Array<{ row: number; field: string; code: string }> }>().errors.map((e) => [e.row, e.field, e.code])).toEqual(
      [
        [2, 'email', 'invalid-format'],
        [3, 'naam', 'required'],
        [5, 'email', 'duplicate'],
      ],
    );
    const csv = [
      'email;naam',
      'lotte@student.example;Lotte Leerling',
      ...Array.from({ length: 30 }, (_, i) => `groep${i}@x.example;Deelnemer ${i}`),
    ].join('\n');
    const preview = await t.app.inject({
      method: 'POST',
      url: `${url}?dryRun=true`,
      headers: { ...issuer.headers, 'content-type': 'text/csv' },
      payload: csv,
    });
    expect(preview.json()).toMatchObject({ dryRun: true, rows: 31, withAccount: 1, run: null });
    expect(await rowCountFingerprint(t.database.db)).toBe(before);

    const start = await t.app.inject({ method: 'POST', url, headers: { ...issuer.headers, 'content-type': 'text/csv' }, payload: csv });
    expect(start.statusCode, start.body).toBe(202);
    const runId = start.json<{ run: { id: string } }>().run.id;
    let state = '';
    for (let i = 0; i < 120 && state !== 'finished'; i += 1) {
      await new Promise((r) => setTimeout(r, 500));
      const progress = await t.app.inject({ method: 'GET', url: `/api/credentials/bulk-awards/${runId}`, headers: issuer.headers });
      state = progress.json<{ state: string }>().state;
      expect(state).not.toBe('failed');
    }
    expect(state).toBe('finished');
    const count = async () =>
      ((await t.database.rawQuery(`select count(*)::int as n from credential_awards where source = 'bulk'`, [])) as Array<{ n: number }>)[0]
        ?.n;
    expect(await count()).toBe(31);
    const repeat = await t.app.inject({ method: 'POST', url, headers: { ...issuer.headers, 'content-type': 'text/csv' }, payload: csv });
    expect(repeat.json()).toMatchObject({ run: { id: runId } });
    expect(await count()).toBe(31);
  }, 120_000);

  it('lets a learner ask for a badge and staff approve it, which awards it', async () => {
    const ask = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/achievements/${achievementId}/enrolments`,
      headers: learner.headers,
      payload: { motivation: 'Ik heb de praktijkopdracht gedaan.' },
    });
    expect(ask.statusCode, ask.body).toBe(201);
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/achievements/${achievementId}/enrolments`,
      headers: learner.headers,
      payload: {},
    });
    expect(twice.json()).toMatchObject({ code: 'credentials.enrolment-pending' });
    const pending = await t.app.inject({
      method: 'GET',
      url: `/api/credentials/institutions/${institutionId}/enrolments?status=pending`,
      headers: issuer.headers,
    });
    const [request] = pending.json<Array<{ id: string; personName: string }>>();
    expect(request?.personName).toBe('Lotte Leerling');
    const decision = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/enrolments/${request?.id}/decision`,
      headers: issuer.headers,
      payload: { approve: true },
    });
    expect(decision.json()).toMatchObject({ status: 'approved', awardId: expect.any(String) });
    const mine = await t.app.inject({ method: 'GET', url: '/api/credentials/me/enrolments', headers: learner.headers });
    expect(mine.json()).toEqual([expect.objectContaining({ status: 'approved' })]);
  });

  it('does not let an issuer of another institution award, revoke or see these badges', async () => {
    const [other] = (await t.database.rawQuery(`select id from institutions where id <> $1 limit 1`, [institutionId])) as Array<{
      id: string;
    }>;
    const stranger = await t.loginAs({ grants: [{ role: 'credential_issuer', scope: 'institution', scopeId: other?.id ?? '' }] });
    const attempt = await t.app.inject({
      method: 'POST',
      url: `/api/credentials/achievements/${achievementId}/awards`,
      headers: stranger.headers,
      payload: { email: 'x@x.example', name: 'X' },
    });
    expect(attempt.statusCode).toBe(403);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/credentials/institutions/${institutionId}/awards`,
      headers: stranger.headers,
    });
    expect(list.statusCode).toBe(403);
  });
});
