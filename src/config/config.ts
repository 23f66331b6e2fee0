import { bool, cleanEnv, num, port, str, url } from 'envalid';
import type { S3Settings } from '../files/file-store.js';

/** The one place that reads process.env: validated at start, so a bad value stops the process with one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  // An empty variable (DATABASE_URL= in a shell or an env file) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const raw = cleanEnv(
    given,
    {
      NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
      PORT: port({ default: 4000 }),
      DATABASE_URL: url({ default: undefined, desc: 'PostgreSQL URL; unset → embedded PostgreSQL in ./data/postgres' }),
      DATABASE_REPLICA_URLS: str({
        default: '',
        desc: 'PostgreSQL read replicas, comma-separated: dashboards read there (TypeORM replication); unset → none',
      }),
      EMBEDDED_PG_DIR: str({ default: './data/postgres' }),
      EMBEDDED_PG_PORT: port({ default: 54329 }),
      SESSION_SECRET: str({
        default: undefined,
        desc: 'secret for admin-panel session cookies (required in production)',
      }),
      TOKEN_TTL_HOURS: num({ default: 8 }),
      DEMO_PASSWORD: str({ default: undefined }),
      TRUST_PROXY: str({
        default: 'loopback',
        desc: "express's `trust proxy`: which proxies' X-Forwarded-For to believe (loopback, a subnet, or false)",
      }),
      FILE_MAX_BYTES: num({
        default: 10 * 1024 * 1024,
        desc: 'the largest attachment or import file accepted, in bytes',
      }),
      S3_BUCKET: str({
        default: undefined,
        desc: 'the bucket of an S3-compatible store for attachments; unset → attachments in PostgreSQL',
      }),
      S3_ENDPOINT: url({
        default: undefined,
        desc: "the S3-compatible server (https://s3.example.vn); unset → AWS's endpoint for S3_REGION",
      }),
      S3_REGION: str({ default: 'us-east-1' }),
      S3_ACCESS_KEY_ID: str({
        default: undefined,
        desc: "with S3_SECRET_ACCESS_KEY; unset → the AWS SDK's usual chain (AWS_* variables, the instance's role)",
      }),
      S3_SECRET_ACCESS_KEY: str({ default: undefined }),
      S3_FORCE_PATH_STYLE: bool({
        default: false,
        desc: 'the bucket in the path, not the host name (most S3-compatible servers)',
      }),
      SMTP_URL: url({
        default: undefined,
        desc: 'SMTP server for notification e-mails (smtp://user:pass@host:587, smtps://…:465); unset → inbox only',
      }),
      MAIL_FROM: str({
        default: 'Đánh giá công vụ TP.HCM <no-reply@congvu.local>',
        desc: 'the From of notification e-mails',
      }),
      APP_URL: url({
        default: undefined,
        desc: 'the address users reach the app at, for links in e-mails; unset → http://localhost:PORT',
      }),
      LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
    },
    {
      reporter: ({ errors }) => {
        const problems = Object.entries(errors);
        if (problems.length === 0) return;
        const detail = problems.map(([name, error]) => `${name}: ${error.message}`).join('; ');
        throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration — ${detail}`);
      },
    },
  );
  const production = raw.NODE_ENV === 'production';
  if (production && !raw.SESSION_SECRET) {
    throw new ConfigError(
      'Cấu hình không hợp lệ / invalid configuration — SESSION_SECRET is required when NODE_ENV=production',
    );
  }
  if (raw.SESSION_SECRET !== undefined && raw.SESSION_SECRET.length < 32) {
    throw new ConfigError(
      'Cấu hình không hợp lệ / invalid configuration — SESSION_SECRET must be at least 32 characters',
    );
  }
  if (!Number.isSafeInteger(raw.FILE_MAX_BYTES) || raw.FILE_MAX_BYTES <= 0) {
    throw new ConfigError(
      'Cấu hình không hợp lệ / invalid configuration — FILE_MAX_BYTES must be a positive whole number of bytes',
    );
  }
  if (raw.TOKEN_TTL_HOURS <= 0) {
    throw new ConfigError('Cấu hình không hợp lệ / invalid configuration — TOKEN_TTL_HOURS must be positive');
  }
  const replicaUrls = raw.DATABASE_REPLICA_URLS.split(',')
    .map((replica) => replica.trim())
    .filter((replica) => replica !== '');
  for (const replica of replicaUrls) {
    if (!URL.canParse(replica) || !/^postgres(ql)?:$/.test(new URL(replica).protocol)) {
      throw new ConfigError(
        `Cấu hình không hợp lệ / invalid configuration — DATABASE_REPLICA_URLS: "${replica}" is not a postgres:// URL`,
      );
    }
  }
  if (replicaUrls.length > 0 && !raw.DATABASE_URL) {
    throw new ConfigError(
      'Cấu hình không hợp lệ / invalid configuration — DATABASE_REPLICA_URLS needs DATABASE_URL (the primary)',
    );
  }
  const s3Given = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter(
    (name) => given[name] !== undefined,
  );
  if (!raw.S3_BUCKET && s3Given.length > 0) {
    throw new ConfigError(
      `Cấu hình không hợp lệ / invalid configuration — ${s3Given.join(', ')} set without S3_BUCKET`,
    );
  }
  if ((raw.S3_ACCESS_KEY_ID === undefined) !== (raw.S3_SECRET_ACCESS_KEY === undefined)) {
    throw new ConfigError(
      'Cấu hình không hợp lệ / invalid configuration — S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together',
    );
  }
  const s3: S3Settings | null = raw.S3_BUCKET
    ? {
        bucket: raw.S3_BUCKET,
        endpoint: raw.S3_ENDPOINT,
        region: raw.S3_REGION,
        forcePathStyle: raw.S3_FORCE_PATH_STYLE,
        credentials:
          raw.S3_ACCESS_KEY_ID && raw.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: raw.S3_ACCESS_KEY_ID, secretAccessKey: raw.S3_SECRET_ACCESS_KEY }
            : undefined,
      }
    : null;
  return {
    env: raw.NODE_ENV,
    production,
    port: raw.PORT,
    databaseUrl: raw.DATABASE_URL,
    /** read replicas of databaseUrl: dashboards read there */
    replicaUrls,
    embeddedPg: { dir: raw.EMBEDDED_PG_DIR, port: raw.EMBEDDED_PG_PORT },
    sessionSecret: raw.SESSION_SECRET,
    tokenTtlHours: raw.TOKEN_TTL_HOURS,
    demoPassword: raw.DEMO_PASSWORD,
    logLevel: raw.LOG_LEVEL,
    fileMaxBytes: raw.FILE_MAX_BYTES,
    /** where attachments' bytes go: an S3-compatible bucket, or PostgreSQL (null) */
    s3,
    trustProxy: raw.TRUST_PROXY === 'false' ? false : raw.TRUST_PROXY,
    mail: { smtpUrl: raw.SMTP_URL, from: raw.MAIL_FROM, appUrl: raw.APP_URL ?? `http://localhost:${String(raw.PORT)}` },
  };
}

export type Config = ReturnType<typeof loadConfig>;

export class ConfigError extends Error {}
