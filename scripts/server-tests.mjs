// The server suite, run twice at once: on SQLite (output shown as it comes) and on PostgreSQL (a
// throw-away server started by scripts/postgres.mjs; output kept in .test-results/server-postgres.log
// and shown after). Results go to .test-results/server.json and server-postgres.json.
//   npm run test:server           both passes
//   node scripts/server-tests.mjs --sqlite | --postgres    one pass
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOG = '.test-results/server-postgres.log';

/** Runs the passes; resolves with whether each passed (undefined when not run). */
export async function runServerSuites({ sqlite = true, postgres = true } = {}) {
  mkdirSync('.test-results', { recursive: true });
  // The schemas as the server imports them (scripts/validators.mjs), in case one changed.
  spawnSync(process.execPath, ['scripts/validators.mjs'], { stdio: 'inherit' });
  let pgExit;
  if (postgres) {
    const out = openSync(LOG, 'w');
    const child = spawn(process.execPath, ['scripts/node-tests.mjs', 'server/test', 'server-postgres', '--postgres'], {
      stdio: ['ignore', out, out],
    });
    // The SQLite pass below blocks this process; the exit is seen once it is done.
    pgExit = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }
  const sqliteOk = sqlite ? spawnSync(process.execPath, ['scripts/node-tests.mjs', 'server/test', 'server'], { stdio: 'inherit' }).status === 0 : undefined;
  let postgresOk;
  if (pgExit) {
    postgresOk = (await pgExit) === 0;
    console.log('\n── server tests on PostgreSQL ──');
    process.stdout.write(readFileSync(LOG, 'utf8'));
  }
  return { sqliteOk, postgresOk };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv[2];
  const { sqliteOk, postgresOk } = await runServerSuites({ sqlite: only !== '--postgres', postgres: only !== '--sqlite' });
  process.exit(sqliteOk === false || postgresOk === false ? 1 : 0);
}
