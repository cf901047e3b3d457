import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.js';
import { createTestApp, type PersonHeaders, type TestApp } from '../support/test-app.js';

describeEachBackend('the programme’s theme teams', (backend) => {
  let t: TestApp;
  let manager: PersonHeaders;
  let teamId: string;
  beforeAll(async () => {
    t = await createTestApp(backend, { seed: true });
    manager = await t.loginAs({ grants: [{ role: 'programme_manager', scope: 'platform', scopeId: null }] });
    const teams = (await t.app.inject({ method: 'GET', url: '/api/programme/teams' })).json<Array<{ id: string; code: string }>>();
    teamId = teams.find((team) => team.code === 'team-onderwijscatalogus')?.id ?? '';
  });
  afterAll(async () => t.close());

  it('has one team per theme', async () => {
    const teams = (await t.app.inject({ method: 'GET', url: '/api/programme/teams' })).json<unknown[]>();
    expect(teams).toHaveLength(8);
  });

  it('shows the members of a team with their roles, and the manager adds and removes one', async () => {
    const before = (await t.app.inject({ method: 'GET', url: `/api/programme/teams/${teamId}/members`, headers: manager.headers })).json<
      Array<{ name: string; role: string }>
    >();
    expect(before).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Kevin Bos', role: 'team_lead' }),
        expect.objectContaining({ name: 'Anouk Peters', role: 'liaison' }),
      ]),
    );
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/programme/teams/${teamId}/members`,
      headers: manager.headers,
      payload: { email: 'sanne@student.demo.doorpakken.nl', role: 'team_member' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const members = (await t.app.inject({ method: 'GET', url: `/api/programme/teams/${teamId}/members`, headers: manager.headers })).json<
      Array<{ id: string; name: string; role: string }>
    >();
    const sanne = members.find((m) => m.name === 'Sanne de Vries');
    expect(sanne?.role).toBe('team_member');
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/programme/teams/${teamId}/members/${sanne?.id}`,
      headers: manager.headers,
    });
    expect(removed.statusCode).toBe(204);
    const trail = await t.database.rawQuery(`select action from audit_events where action like 'team.role-%' order by occurred_at`, []);
    expect(trail).toEqual([{ action: 'team.role-granted' }, { action: 'team.role-revoked' }]);
  });

  it('lets a team member see their own team but not change it', async () => {
    const member = await t.loginAs({ grants: [{ role: 'team_member', scope: 'team', scopeId: teamId }] });
    expect((await t.app.inject({ method: 'GET', url: `/api/programme/teams/${teamId}/members`, headers: member.headers })).statusCode).toBe(
      200,
    );
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/programme/teams/${teamId}/members`,
      headers: member.headers,
      payload: { email: 'sanne@student.demo.doorpakken.nl', role: 'team_lead' },
    });
    expect(add.statusCode).toBe(403);
  });
});
