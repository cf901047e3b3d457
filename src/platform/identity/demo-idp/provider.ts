import type { JWK } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';
import type { SecretBox } from '../../crypto/secrets.js';
import type { AnyDb } from '../../db/database.js';
import { loadSigningKeys } from '../signing-keys.js';
import { databaseAdapterFactory } from './database-adapter.js';
import { findDemoAccount } from './demo-accounts.js';

/** Client id our own login uses at the demo identity provider. */
export const DEMO_CLIENT_ID = 'doorpakken-web';

/** Where the demo identity provider is mounted. */
export const DEMO_IDP_PATH = '/demo-idp';

/** Where its login screen lives (outside the provider's own mount). */
export const DEMO_LOGIN_PATH = '/demo-login';

function htmlEscape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A real OpenID Connect provider (oidc-provider) that only knows the seeded demo accounts.
 * Mounted when no external issuer is configured; refused in production by configuration checks.
 */
export async function createDemoProvider(options: {
  readonly db: AnyDb;
  readonly box: SecretBox;
  readonly publicUrl: string;
  readonly clientSecret: string;
  readonly cookieKey: string;
}): Promise<Provider> {
  const keys = await loadSigningKeys(options.db, options.box, 'demo-idp', 'RS256');
  const privateJwk: JWK = { ...keys.privateJwk, kid: keys.kid, alg: 'RS256', use: 'sig' };
  const configuration: Configuration = {
    adapter: databaseAdapterFactory(options.db),
    clients: [
      {
        client_id: DEMO_CLIENT_ID,
        client_secret: options.clientSecret,
        redirect_uris: [`${options.publicUrl}/auth/callback`],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [privateJwk] },
    cookies: { keys: [options.cookieKey] },
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: false } },
    pkce: { required: () => true },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 900, Session: 3600, Grant: 3600 },
    interactions: { url: (_ctx, interaction) => `${DEMO_LOGIN_PATH}/${interaction.uid}` },
    findAccount: async (_ctx, sub) => {
      const account = await findDemoAccount(options.db, sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, name: account.name, email: account.email ?? undefined, email_verified: account.email !== null }),
      };
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen mislukt (demo)</title></head><body><main><h1>Inloggen mislukt</h1><p>${htmlEscape(String(out['error_description'] ?? out['error'] ?? 'Onbekende fout'))}</p><p><a href="/">Terug naar Doorpakken</a></p></main></body></html>`;
    },
  };
  const provider = new Provider(`${options.publicUrl}${DEMO_IDP_PATH}`, configuration);
  provider.proxy = true;
  return provider;
}
