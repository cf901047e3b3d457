import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Environment variables the platform reads, with their defaults. Documented in the README. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_SCOPES: z.string().min(1).default('openid profile email'),
    SEED_DEMO_DATA: bool.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
    BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    TRUST_PROXY: bool.default(false),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
    DOSSIER_MAX_FILE_BYTES: z.coerce.number().int().min(1024).default(20_971_520),
    DOSSIER_FETCH_PRIVATE_ADDRESSES: bool.default(false),
    DOSSIER_SHARE_OPENS_PER_MINUTE: z.coerce.number().int().min(1).default(60),
    RESPONSE_VALIDATION: bool.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.OIDC_ISSUER && !c.OIDC_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_CLIENT_ID'], message: 'is required when OIDC_ISSUER is set' });
    }
    if (c.NODE_ENV === 'production' && !c.OIDC_ISSUER) {
      ctx.addIssue({
        code: 'custom',
        path: ['OIDC_ISSUER'],
        message: 'is required in production (the demo identity provider is refused when NODE_ENV=production)',
      });
    }
    if (c.NODE_ENV === 'production' && !c.SECRET_KEY) {
      ctx.addIssue({ code: 'custom', path: ['SECRET_KEY'], message: 'is required in production' });
    }
    if (c.NODE_ENV === 'production' && !c.PUBLIC_URL) {
      ctx.addIssue({ code: 'custom', path: ['PUBLIC_URL'], message: 'is required in production' });
    }
  });

type RawConfig = z.output<typeof configSchema>;

/** Validated platform configuration. */
export interface Config {
  readonly env: RawConfig['NODE_ENV'];
  readonly host: string;
  readonly port: number;
  /** Base URL as seen by browsers, without trailing slash. */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  /** Secret for encrypting keys at rest; when unset outside production, one is kept in the data folder. */
  readonly secretKey: string | undefined;
  readonly oidc:
    | {
        readonly mode: 'external';
        readonly issuer: string;
        readonly clientId: string;
        readonly clientSecret: string | undefined;
        readonly scopes: string;
      }
    | { readonly mode: 'demo'; readonly scopes: string };
  readonly seedDemoData: boolean;
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly rateLimitPerMinute: number;
  readonly bodyLimitBytes: number;
  readonly trustProxy: boolean;
  readonly sessionTtlHours: number;
  /** Largest file a learner may upload into the dossier. */
  readonly dossierMaxFileBytes: number;
  /** Whether credential imports by URL may reach private and loopback addresses (tests, closed networks). */
  readonly dossierFetchPrivateAddresses: boolean;
  /** Opens of share links one client address may make per minute. */
  readonly dossierShareOpensPerMinute: number;
  /** Whether every answer is checked against its route's zod schema before it is sent (off in production). */
  readonly responseValidation: boolean;
}

/** Thrown when the environment does not hold a valid configuration; the message is one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates configuration. `env` defaults to process.env.
 * Throws ConfigError naming the first offending variable.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'configuration';
    const value = typeof issue?.path[0] === 'string' ? relevant[issue.path[0]] : undefined;
    const shown = value === undefined ? 'not set' : `got ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? 'is invalid'} (${shown})`);
  }
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://${c.HOST === '0.0.0.0' ? 'localhost' : c.HOST}:${c.PORT}`).replace(/\/$/, '');
  return {
    env: c.NODE_ENV,
    host: c.HOST,
    port: c.PORT,
    publicUrl,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    databasePoolSize: c.DATABASE_POOL_SIZE,
    secretKey: c.SECRET_KEY,
    oidc: c.OIDC_ISSUER
      ? {
          mode: 'external',
          issuer: c.OIDC_ISSUER,
          clientId: c.OIDC_CLIENT_ID ?? '',
          clientSecret: c.OIDC_CLIENT_SECRET,
          scopes: c.OIDC_SCOPES,
        }
      : { mode: 'demo', scopes: c.OIDC_SCOPES },
    seedDemoData: c.SEED_DEMO_DATA ?? c.NODE_ENV !== 'production',
    logLevel: c.LOG_LEVEL,
    rateLimitPerMinute: c.RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    trustProxy: c.TRUST_PROXY,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    dossierMaxFileBytes: c.DOSSIER_MAX_FILE_BYTES,
    dossierFetchPrivateAddresses: c.DOSSIER_FETCH_PRIVATE_ADDRESSES,
    dossierShareOpensPerMinute: c.DOSSIER_SHARE_OPENS_PER_MINUTE,
    responseValidation: c.RESPONSE_VALIDATION ?? c.NODE_ENV !== 'production',
  };
}
