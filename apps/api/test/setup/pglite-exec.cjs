// Runs one SQL statement on an embedded data folder, outside the API, and prints the rows as JSON.
// Used by the process tests to check what really reached the disk.
const { PGlite } = require('@electric-sql/pglite');

(async () => {
  const [dataDir, sql] = process.argv.slice(2);
  const db = await PGlite.create({ dataDir: `${dataDir}/pgdata` });
  const result = await db.query(sql);
  await db.close();
  process.stdout.write(JSON.stringify(result.rows));
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
