import path from 'node:path';
import { z } from 'zod';

/** Environment variables that accept on/off style values. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'], {
    error: 'expected one of true, false, on, off, 1, 0, yes, no',
  })
  .transform((v) => ['true', '1', 'on', 'yes'].includes(v));

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/.+/.test(v) && URL.canParse(v), {
  message: 'expected a postgres:// or postgresql:// connection URL',
});

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int({ message: 'expected a whole port number' })
    .min(1, { message: 'expected a port number from 1 to 65535' })
    .max(65535, { message: 'expected a port number from 1 to 65535' })
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrl.optional(),
  DB_POOL_MAX: z.coerce.number({ error: 'expected a number' }).int().min(1).max(200).default(10),
  ASKWELL_DATA_DIR: z.string().min(1).optional(),
  MIGRATIONS_RUN: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  DASHBOARD_DIR: z.string().min(1).optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }).optional(),
  TRUST_PROXY: booleanFlag.default(false),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\/.+/.test(v) && URL.canParse(v), {
      message: 'expected an smtp:// or smtps:// URL',
    })
    .optional(),
  MAIL_FROM: z.string().min(3).default('Askwell <no-reply@askwell.invalid>'),
  ASKWELL_DEMO: z.enum(['on', 'off'], { error: 'expected on or off' }).default('on'),
  ASKWELL_DEMO_PASSWORD: z.string().min(12, { message: 'expected at least 12 characters' }).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'expected a number of milliseconds' })
    .int()
    .min(100)
    .default(10_000),
});

export type Env = z.input<typeof EnvSchema>;

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database:
    { kind: 'server'; url: string; poolMax: number } | { kind: 'embedded'; dataDir: string; poolMax: number };
  migrationsRun: boolean;
  log: { level: string; pretty: boolean };
  dashboardDir: string;
  shutdownTimeoutMs: number;
  /** Origin used in links we send (invitations, password resets). */
  publicUrl: string;
  /** Cookies get Secure and the __Host- prefix, and HSTS is sent, when the public URL is https. */
  secureCookies: boolean;
  trustProxy: boolean;
  mail: { smtpUrl: string; from: string } | null;
  /** Seed a demo practice when the embedded database is empty (ASKWELL_DEMO=off skips it). */
  demo: boolean;
  /** A fixed demo password for automated browser tests; random (and printed once) when unset. */
  demoPassword: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable}: ${detail}`);
  }
}

/** Where `npm start` was typed (npm sets INIT_CWD), so ./data means the folder the user is in. */
function baseDir(env: NodeJS.ProcessEnv): string {
  return env['INIT_CWD'] ?? process.cwd();
}

/**
 * Reads and validates the environment once at boot. Empty strings count as unset, so `DATABASE_URL=`
 * means "use the embedded database" rather than an invalid URL.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const got = cleaned[variable];
    throw new ConfigError(
      variable,
      `${issue?.message ?? 'invalid value'}${got === undefined ? '' : ` (got "${got}")`}`,
    );
  }
  const e = parsed.data;
  const here = baseDir(env);
  // One connection to the embedded database: PGlite has a single backend, and pglite-socket does not keep one
  // connection's extended-protocol messages (Parse/Bind/Execute/Sync) together, so with several connections
  // concurrent requests interleave ("portal does not exist", a query answered with another's rows). pg's pool
  // queues the rest. Inside a transaction, use only its manager (a second connection would wait forever).
  const embeddedPool = 1;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'server', url: e.DATABASE_URL, poolMax: e.DB_POOL_MAX }
      : {
          kind: 'embedded',
          dataDir: path.resolve(here, e.ASKWELL_DATA_DIR ?? 'data'),
          poolMax: embeddedPool,
        },
    migrationsRun: e.MIGRATIONS_RUN,
    log: {
      level: e.LOG_LEVEL,
      pretty: (e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json')) === 'pretty',
    },
    dashboardDir: path.resolve(here, e.DASHBOARD_DIR ?? path.join(__dirname, '../../../dashboard/dist')),
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    secureCookies: (e.PUBLIC_URL ?? '').startsWith('https://'),
    trustProxy: e.TRUST_PROXY,
    mail: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM } : null,
    demo: e.ASKWELL_DEMO === 'on',
    demoPassword: e.ASKWELL_DEMO_PASSWORD ?? null,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
