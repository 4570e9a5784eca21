import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/config';
import { createOfflineApp } from './offline-app';

/**
 * Writes the OpenAPI document the app serves at /api/docs-json to a file, without a database (the document
 * comes from the controllers' metadata), for the contract lint: `npm run api:lint-openapi`.
 * Usage: node apps/api/dist/openapi/write-openapi.js <file>; the environment is read as at start (PUBLIC_URL
 * sets the server URL and the session cookie's name).
 */
async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: write-openapi <file>');
  const app = await createOfflineApp(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  try {
    const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
    if (res.statusCode !== 200) throw new Error(`GET /api/docs-json answered ${res.statusCode}`);
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(JSON.parse(res.body), null, 2)}\n`);
  } finally {
    await app.close();
  }
}

main().catch((e: unknown) => {
  console.error(`write-openapi: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
