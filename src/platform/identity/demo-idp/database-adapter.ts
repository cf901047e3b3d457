import type { Kysely } from 'kysely';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { AnyDb } from '../../db/database.js';
import type { PlatformTables } from '../../db/tables.js';

/** oidc-provider storage in our own database, one row per model and id. */
export function databaseAdapterFactory(db: AnyDb): (model: string) => Adapter {
  const t = db as Kysely<PlatformTables>;
  return (model) => {
    const live = () =>
      t
        .selectFrom('demo_idp_entries')
        .select(['payload', 'consumed_at'])
        .where('model', '=', model)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', new Date())]));
    const toPayload = (row: { payload: Record<string, unknown>; consumed_at: Date | null } | undefined): AdapterPayload | undefined =>
      row ? { ...row.payload, ...(row.consumed_at ? { consumed: Math.floor(row.consumed_at.getTime() / 1000) } : {}) } : undefined;
    return {
      async upsert(id, payload, expiresIn) {
        const values = {
          payload: JSON.stringify(payload),
          grant_id: payload.grantId ?? null,
          uid: payload.uid ?? null,
          user_code: payload.userCode ?? null,
          expires_at: expiresIn ? new Date(Date.now() + expiresIn * 1000) : null,
        };
        await t
          .insertInto('demo_idp_entries')
          .values({ model, id, ...values })
          .onConflict((oc) => oc.columns(['model', 'id']).doUpdateSet(values))
          .execute();
      },
      async find(id) {
        return toPayload(await live().where('id', '=', id).executeTakeFirst());
      },
      async findByUid(uid) {
        return toPayload(await live().where('uid', '=', uid).executeTakeFirst());
      },
      async findByUserCode(userCode) {
        return toPayload(await live().where('user_code', '=', userCode).executeTakeFirst());
      },
      async consume(id) {
        await t.updateTable('demo_idp_entries').set({ consumed_at: new Date() }).where('model', '=', model).where('id', '=', id).execute();
      },
      async destroy(id) {
        await t.deleteFrom('demo_idp_entries').where('model', '=', model).where('id', '=', id).execute();
      },
      async revokeByGrantId(grantId) {
        await t.deleteFrom('demo_idp_entries').where('grant_id', '=', grantId).execute();
      },
    };
  };
}
