import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../src/config/config.js';

describe('configuration is validated at start', () => {
  it('has sensible defaults: port 4000, embedded PostgreSQL, 8-hour tokens', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, tokenTtlHours: 8, production: false });
    expect(config.embeddedPg.dir).toBe('./data/postgres');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it.each([
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ TOKEN_TTL_HOURS: '0' }, 'TOKEN_TTL_HOURS'],
    [{ S3_ENDPOINT: 'http://127.0.0.1:9000' }, 'S3_BUCKET'],
    [{ S3_BUCKET: 'tep', S3_ACCESS_KEY_ID: 'id' }, 'S3_SECRET_ACCESS_KEY'],
    [{ S3_BUCKET: 'tep', S3_ENDPOINT: 'not a url' }, 'S3_ENDPOINT'],
    [{ DATABASE_URL: 'postgres://db/congvu', DATABASE_REPLICA_URLS: 'http://replica/congvu' }, 'DATABASE_REPLICA_URLS'],
    [{ DATABASE_REPLICA_URLS: 'postgres://replica/congvu' }, 'DATABASE_REPLICA_URLS'],
  ])('stops with one line naming the variable: %p', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('reads dashboards on the replicas DATABASE_REPLICA_URLS names, comma-separated; none by default', () => {
    expect(loadConfig({}).replicaUrls).toEqual([]);
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://db/congvu',
        DATABASE_REPLICA_URLS: 'postgres://replica-1/congvu, postgresql://replica-2/congvu',
      }).replicaUrls,
    ).toEqual(['postgres://replica-1/congvu', 'postgresql://replica-2/congvu']);
  });

  it('keeps attachments in PostgreSQL unless a bucket is named; an S3-compatible server by its endpoint', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(
      loadConfig({
        S3_BUCKET: 'tep-dinh-kem',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_ACCESS_KEY_ID: 'id',
        S3_SECRET_ACCESS_KEY: 'bi-mat',
        S3_FORCE_PATH_STYLE: 'true',
      }).s3,
    ).toEqual({
      bucket: 'tep-dinh-kem',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'id', secretAccessKey: 'bi-mat' },
    });
    expect(loadConfig({ S3_BUCKET: 'tep', S3_REGION: 'ap-southeast-1' }).s3).toEqual({
      bucket: 'tep',
      endpoint: undefined,
      region: 'ap-southeast-1',
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it('accepts a production configuration with a real secret', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://u:p@db:5432/congvu',
    });
    expect(config.production).toBe(true);
  });
});
