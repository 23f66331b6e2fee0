import pg from 'pg';

export default async function globalTeardown() {
  const serverUrl = process.env.CONGVU_TEST_SERVER_URL;
  const template = process.env.CONGVU_TEST_TEMPLATE;
  if (serverUrl && template) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.congvuEmbedded?.stop();
}
