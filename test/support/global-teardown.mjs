import pg from 'pg';

export default async function globalTeardown() {
  const serverUrl = process.env.CONGVU_TEST_SERVER_URL;
  const template = process.env.CONGVU_TEST_TEMPLATE;
  if (serverUrl && template) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    for (const name of [`${template}_demo`, `${template}_demo_new`, template, `${template}_new`])
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
  await globalThis.congvuEmbedded?.stop();
}
