import { createHash } from 'node:crypto';
import fastifyMiddie from '@fastify/middie';
import * as oidc from 'openid-client';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import type { SecretBox } from '../../crypto/secrets.js';
import type { AnyDb } from '../../db/database.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { ZodApp } from '../../http/server.js';
import { DEMO_ISSUER, listDemoAccounts } from '../demo-idp/demo-accounts.js';
import { demoLoginCss, renderDemoLoginPage, roleLabel } from '../demo-idp/login-page.js';
import { createDemoProvider, DEMO_CLIENT_ID, DEMO_IDP_PATH, DEMO_LOGIN_PATH } from '../demo-idp/provider.js';
import { upsertPersonFromLogin } from '../persons.js';
import { createSession, destroySession, SESSION_COOKIE } from '../sessions.js';
import { sessionResponse } from './session-schemas.js';

const FLOW_COOKIE = 'login-flow';

interface LoginFlow {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly returnTo: string;
}

/** Only same-site paths may be returned to after login. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?!\/)[^\s\\]*$/.test(value) && value.length <= 500 ? value : '/';
}

export interface LoginRouteOptions {
  readonly config: Config;
  readonly db: AnyDb;
  readonly box: SecretBox;
  readonly secretKey: string;
  readonly scopeNames: (ids: readonly string[]) => Promise<ReadonlyMap<string, string>>;
}

/** OpenID Connect login and logout for people, and — without an external issuer — the demo identity provider. */
export async function registerLoginRoutes(app: ZodApp, options: LoginRouteOptions): Promise<void> {
  const { config, db } = options;
  const secure = config.publicUrl.startsWith('https:');
  const demo = config.oidc.mode === 'demo';
  const redirectUri = `${config.publicUrl}/auth/callback`;
  const publicOrigin = new URL(config.publicUrl);
  const demoClientSecret = createHash('sha256').update(`${options.secretKey}:demo-client`).digest('base64url');

  if (demo) {
    if (config.env === 'production') throw new Error('The demo identity provider is refused when NODE_ENV=production');
    const provider = await createDemoProvider({
      db,
      box: options.box,
      publicUrl: config.publicUrl,
      clientSecret: demoClientSecret,
      cookieKey: options.secretKey,
    });
    await app.register(fastifyMiddie);
    // oidc-provider is a Koa app; middie mounts it as plain Node middleware.
    app.use(DEMO_IDP_PATH, provider.callback() as (req: unknown, res: unknown) => void);
    registerDemoLoginScreen(app, provider, options);
  }

  // Discovery is lazy so that the server can start before (or without) reaching the issuer.
  let discovered: Promise<oidc.Configuration> | undefined;
  const clientConfig = (): Promise<oidc.Configuration> => {
    discovered ??= (async () => {
      if (config.oidc.mode === 'external') {
        const auth = config.oidc.clientSecret ? oidc.ClientSecretBasic(config.oidc.clientSecret) : oidc.None();
        return oidc.discovery(new URL(config.oidc.issuer), config.oidc.clientId, undefined, auth);
      }
      // The demo provider lives in this very server: talk to it in-process, whatever address we listen on.
      const customFetch: oidc.CustomFetch = async (url, init) => {
        const target = new URL(url);
        const response = await app.inject({
          method: init.method as 'GET' | 'POST',
          url: target.pathname + target.search,
          // The provider derives its endpoint URLs from the request's host: make it the public one.
          headers: {
            ...Object.fromEntries(new Headers(init.headers).entries()),
            host: publicOrigin.host,
            'x-forwarded-host': publicOrigin.host,
            'x-forwarded-proto': publicOrigin.protocol.replace(':', ''),
          },
          ...(init.body ? { payload: init.body instanceof URLSearchParams ? init.body.toString() : (init.body as string) } : {}),
        });
        return new Response(response.rawPayload, { status: response.statusCode, headers: response.headers as Record<string, string> });
      };
      const configuration = await oidc.discovery(
        new URL(`${config.publicUrl}${DEMO_IDP_PATH}`),
        DEMO_CLIENT_ID,
        undefined,
        oidc.ClientSecretBasic(demoClientSecret),
        { execute: [oidc.allowInsecureRequests], [oidc.customFetch]: customFetch },
      );
      configuration[oidc.customFetch] = customFetch;
      return configuration;
    })().catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };

  app.get(
    '/auth/login',
    {
      schema: {
        tags: ['identity'],
        summary: 'Start an OpenID Connect login (redirects to the identity provider)',
        querystring: z.object({ returnTo: z.string().max(500).optional(), login_hint: z.string().max(200).optional() }),
      },
    },
    async (request, reply) => {
      const configuration = await clientConfig().catch((error: unknown) => {
        request.log.error({ err: error }, 'identity provider discovery failed');
        return null;
      });
      if (!configuration) return reply.redirect('/?login=unavailable', 303);
      const flow: LoginFlow = {
        verifier: oidc.randomPKCECodeVerifier(),
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        returnTo: safeReturnTo(request.query.returnTo),
      };
      reply.setCookie(FLOW_COOKIE, JSON.stringify(flow), {
        path: '/auth',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        signed: true,
        maxAge: 900,
      });
      const url = oidc.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri,
        scope: config.oidc.scopes,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
        code_challenge_method: 'S256',
        state: flow.state,
        nonce: flow.nonce,
        ...(demo ? { prompt: 'login' } : {}),
        ...(request.query.login_hint ? { login_hint: request.query.login_hint } : {}),
      });
      return reply.redirect(url.href, 303);
    },
  );

  app.get('/auth/callback', { schema: { tags: ['identity'], summary: 'Finish an OpenID Connect login' } }, async (request, reply) => {
    const raw = request.cookies[FLOW_COOKIE];
    const unsigned = raw ? request.unsignCookie(raw) : null;
    reply.clearCookie(FLOW_COOKIE, { path: '/auth' });
    if (!unsigned?.valid || !unsigned.value) return reply.redirect('/?login=expired', 303);
    const flow = JSON.parse(unsigned.value) as LoginFlow;
    try {
      const configuration = await clientConfig();
      const tokens = await oidc.authorizationCodeGrant(configuration, new URL(request.url, config.publicUrl), {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error('No ID token');
      let name = typeof claims['name'] === 'string' ? claims['name'] : undefined;
      let email = typeof claims['email'] === 'string' ? claims['email'] : undefined;
      if (!name || !email) {
        const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        name ??= typeof info.name === 'string' ? info.name : [info.given_name, info.family_name].filter(Boolean).join(' ') || undefined;
        email ??= typeof info.email === 'string' ? info.email : undefined;
      }
      const issuer = demo ? DEMO_ISSUER : claims.iss;
      const sessionToken = await db.transaction().execute(async (trx) => {
        const person = await upsertPersonFromLogin(trx, {
          issuer,
          subject: claims.sub,
          name: name ?? 'Onbekende gebruiker',
          email: email ?? null,
        });
        await recordAuditEvent(trx, {
          actor: { kind: 'system' },
          action: person.created ? 'person.registered' : 'person.logged-in',
          subjectType: 'person',
          subjectId: person.id,
          dataSubjectPersonId: person.id,
          requestId: request.id,
        });
        return createSession(trx, person.id, config.sessionTtlHours, tokens.id_token ?? null);
      });
      reply.setCookie(SESSION_COOKIE, sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure,
        signed: true,
        maxAge: config.sessionTtlHours * 3600,
      });
      return reply.redirect(flow.returnTo, 303);
    } catch (error) {
      request.log.warn({ err: error }, 'login failed');
      return reply.redirect('/?login=failed', 303);
    }
  });

  app.post(
    '/auth/logout',
    { schema: { tags: ['identity'], summary: 'End the current session', response: { 204: z.null() } } },
    async (request, reply) => {
      const raw = request.cookies[SESSION_COOKIE];
      const unsigned = raw ? request.unsignCookie(raw) : null;
      if (unsigned?.valid && unsigned.value) {
        await destroySession(db, unsigned.value);
        if (request.principal.kind === 'person') {
          await recordAuditEvent(db, {
            actor: request.principal,
            action: 'person.logged-out',
            subjectType: 'person',
            subjectId: request.principal.personId,
            dataSubjectPersonId: request.principal.personId,
            requestId: request.id,
          });
        }
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['identity'],
        summary: 'Who is logged in, their roles, and the CSRF token for changes',
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const p = request.principal;
      const csrfToken = reply.generateCsrf();
      reply.header('cache-control', 'no-store');
      if (p.kind === 'person') {
        const names = await options.scopeNames(p.grants.flatMap((g) => (g.scopeId ? [g.scopeId] : [])));
        return {
          authenticated: true as const,
          demoIdentityProvider: demo,
          csrfToken,
          person: { id: p.personId, name: p.displayName },
          grants: p.grants.map((g) => ({
            role: g.role,
            scope: g.scope,
            scopeId: g.scopeId,
            scopeName: g.scopeId ? (names.get(g.scopeId) ?? null) : null,
          })),
        };
      }
      return { authenticated: false as const, demoIdentityProvider: demo, csrfToken };
    },
  );

  app.get(
    '/api/demo/accounts',
    {
      schema: {
        tags: ['identity'],
        summary: 'The demo accounts offered by the demo identity provider (empty with a real issuer)',
        response: {
          200: z.array(
            z.object({
              subject: z.string(),
              name: z.string(),
              roles: z.array(z.object({ role: z.string(), label: z.string(), scopeName: z.string().nullable() })),
            }),
          ),
        },
      },
    },
    async () => {
      if (!demo) return [];
      const accounts = await listDemoAccounts(db);
      const names = await options.scopeNames(accounts.flatMap((a) => a.grants.flatMap((g) => (g.scopeId ? [g.scopeId] : []))));
      return accounts.map((a) => ({
        subject: a.subject,
        name: a.name,
        roles: a.grants.map((g) => ({
          role: g.role,
          label: roleLabel(g.role),
          scopeName: g.scopeId ? (names.get(g.scopeId) ?? null) : null,
        })),
      }));
    },
  );
}

function registerDemoLoginScreen(app: ZodApp, provider: Awaited<ReturnType<typeof createDemoProvider>>, options: LoginRouteOptions): void {
  app.get(`${DEMO_LOGIN_PATH}/demo.css`, { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').send(demoLoginCss),
  );

  const uidParams = z.object({ uid: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });

  app.get(`${DEMO_LOGIN_PATH}/:uid`, { schema: { hide: true, params: uidParams } }, async (request, reply) => {
    const details = await provider.interactionDetails(request.raw, reply.raw);
    const accounts = await listDemoAccounts(options.db);
    const scopeNames = await options.scopeNames(accounts.flatMap((a) => a.grants.flatMap((g) => (g.scopeId ? [g.scopeId] : []))));
    const hint = typeof details.params['login_hint'] === 'string' ? details.params['login_hint'] : undefined;
    const html = renderDemoLoginPage({ action: `${DEMO_LOGIN_PATH}/${details.uid}`, accounts, hint, scopeNames });
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  });

  app.post(
    `${DEMO_LOGIN_PATH}/:uid`,
    { config: { csrf: false }, schema: { hide: true, params: uidParams, body: z.object({ account: z.string().min(1).max(200) }) } },
    async (request, reply) => {
      const details = await provider.interactionDetails(request.raw, reply.raw);
      const accounts = await listDemoAccounts(options.db);
      const account = accounts.find((a) => a.subject === request.body.account);
      if (!account)
        return reply
          .code(400)
          .type('text/html; charset=utf-8')
          .send(
            '<!doctype html><html lang="nl"><title>Onbekend account</title><p>Dit demo-account bestaat niet. <a href="/">Terug</a></p></html>',
          );
      const clientId = String(details.params['client_id']);
      const grant = new provider.Grant({ accountId: account.subject, clientId });
      grant.addOIDCScope(typeof details.params['scope'] === 'string' ? details.params['scope'] : 'openid');
      const grantId = await grant.save();
      reply.hijack();
      await provider.interactionFinished(
        request.raw,
        reply.raw,
        { login: { accountId: account.subject }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
      return reply;
    },
  );

  app.post(
    `${DEMO_LOGIN_PATH}/:uid/abort`,
    { config: { csrf: false }, schema: { hide: true, params: uidParams } },
    async (request, reply) => {
      // Fails with a 4xx when the interaction does not exist, before the response is taken over.
      await provider.interactionDetails(request.raw, reply.raw);
      reply.hijack();
      await provider.interactionFinished(
        request.raw,
        reply.raw,
        { error: 'access_denied', error_description: 'Inloggen geannuleerd' },
        { mergeWithLastSubmission: false },
      );
      return reply;
    },
  );
}
