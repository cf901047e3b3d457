import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyRequest,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Principal } from '../access/principal.js';
import type { Config } from '../config/config.js';
import { DomainError } from '../errors/problem.js';
import { installErrorHandling } from './error-handler.js';
import { generateRequestId } from './request-id.js';
import { securityHeaders } from './security-headers.js';
import { responseSerializerCompiler } from './serializer.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set to false on routes that must accept changes without a CSRF token (they authenticate otherwise). */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** Who is calling; set for every request before routing, anonymous when nobody is logged in. */
    principal: Principal;
  }
}

/** A Fastify instance whose route schemas are zod schemas. */
export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A route as registered: method, URL pattern and whether it is documented in OpenAPI. */
export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly documented: boolean;
  /** The largest body the route accepts, in bytes. */
  readonly bodyLimit: number;
  /** True for a file of the built web app (served as is, outside the API). */
  readonly staticFile: boolean;
  /** The route's response schemas by status code, as registered. */
  readonly responses: Readonly<Record<string, unknown>>;
}

const routeRegistry = new WeakMap<object, RegisteredRoute[]>();

/** Every route registered on a server built with {@link createServer} (for conformance and matrix tests). */
export function registeredRoutes(app: FastifyInstance | ZodApp): readonly RegisteredRoute[] {
  return routeRegistry.get(app) ?? [];
}

/** What the HTTP layer needs from the rest of the platform. */
export interface ServerOptions {
  readonly config: Config;
  /** Secret used to sign cookies. */
  readonly cookieSecret: string;
  /** Resolves the caller of a request; throws DomainError('unauthenticated') for a bad token. */
  readonly authenticate: (request: FastifyRequest) => Promise<Principal>;
  /** Extra origins allowed as form targets (an external identity provider). */
  readonly formActionOrigins?: readonly string[];
  readonly logger?: boolean;
}

/** Builds the HTTP server with the platform's cross-cutting behaviour; modules add routes afterwards. */
export async function createServer(options: ServerOptions): Promise<ZodApp> {
  const { config } = options;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
    bodyLimit: config.bodyLimitBytes,
    genReqId: generateRequestId,
    logController: new LogController({
      requestIdLogLabel: 'requestId',
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  const routes: RegisteredRoute[] = [];
  routeRegistry.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = route.schema?.hide === true;
    const bodyLimit = route.bodyLimit ?? config.bodyLimitBytes;
    const staticFile = typeof (route.config as { file?: unknown } | undefined)?.file === 'string';
    const responses = (route.schema?.response ?? {}) as Record<string, unknown>;
    for (const method of methods)
      if (method !== 'HEAD') routes.push({ method, url: route.url, documented: !hidden, bodyLimit, staticFile, responses });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler({ validate: config.responseValidation }));
  installErrorHandling(app);
  app.decorateRequest('principal', null as never); // set by the first onRequest hook

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Once shutdown starts, answers still in flight close their connection: a keep-alive client would
  // otherwise hold the server open until the grace period runs out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  const headers = securityHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", ...(options.formActionOrigins ?? [])],
        ...(config.publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });

  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => {
      const error = new DomainError('rate-limited', `Rate limit of ${context.max} requests per ${context.after} exceeded; retry later`);
      return Object.assign(error, { statusCode: 429 });
    },
  });

  await app.register(fastifyFormbody, { bodyLimit: config.bodyLimitBytes });
  // Imports take CSV as plain text; routes validate what they receive like any other body.
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 'csrf-secret',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: config.publicUrl.startsWith('https:'), signed: true },
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return typeof header === 'string' ? header : undefined;
    },
  });

  // Identify the caller once, then guard cookie-authenticated changes against cross-site requests.
  app.addHook('onRequest', async (request) => {
    request.principal = await options.authenticate(request);
  });
  app.addHook('preValidation', (request, reply, done) => {
    if (request.principal.kind === 'person' && unsafeMethods.has(request.method) && request.routeOptions.config.csrf !== false) {
      app.csrfProtection(request, reply, done);
      return;
    }
    done();
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Doorpakken platform API',
        version: '1.0.0',
        description:
          'Platform API of Doorpakken. Errors are RFC 9457 problem details (application/problem+json). ' +
          'People authenticate with a session cookie (changes need the X-CSRF-Token header); institution systems use ' +
          'OAuth2 client-credentials bearer tokens from /oauth/token.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'session' },
          clientCredentials: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: {} } } },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/health', { schema: { hide: true }, config: { rateLimit: false } }, async () => ({ status: 'ok' }));

  return app;
}
