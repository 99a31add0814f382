// A throw-away PostgreSQL server for the tests and the cluster benchmark: a real server, never a
// mock. Uses Debian's `postgresql` package (installed with apt-get when missing and we are root,
// as on CI), or any initdb/pg_ctl found through PG_BIN, pg_config or PATH. The cluster lives in a
// temporary folder on a free port, owned by the `postgres` user when we are root (PostgreSQL
// refuses to run as root), and is deleted on stop.
//   import { startPostgres } from './postgres.mjs';
//   const pg = await startPostgres();   // { url, port, restart(), stop() }
// Run alone, it starts one and prints its URL until Ctrl-C: node scripts/postgres.mjs
// Only install it (CI, before npm test): node scripts/postgres.mjs --install
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall, freePort, isRoot, which } from './machine.mjs';

/** The folder holding initdb and pg_ctl, or undefined. */
function findBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'pg_ctl'))) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => existsSync(join(debian, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(debian, versions[0], 'bin');
  }
  const config = which('pg_config');
  if (config) {
    const dir = execFileSync(config, ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const ctl = which('pg_ctl');
  return ctl ? join(ctl, '..') : undefined;
}

/** Installs Debian's postgresql package (about 20 s); only as root with apt-get. */
function install() {
  aptInstall('postgresql', 'PostgreSQL is not installed: install it (Debian/Ubuntu: apt-get install postgresql) or set PG_BIN to the folder of pg_ctl');
}

const command = (bin, name, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]] : [join(bin, name), args]);

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function tool(bin, name, args) {
  const [cmd, argv] = command(bin, name, args);
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} ${args[0] ?? ''} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** The same without blocking this process (a benchmark keeps measuring meanwhile). */
function toolAsync(bin, name, args) {
  const [cmd, argv] = command(bin, name, args);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}`))));
  });
}

/**
 * Starts a fresh cluster. `durable: false` (tests) turns fsync off: a process crash still loses
 * nothing, only an OS crash could, and the temporary cluster does not outlive the run anyway.
 */
export async function startPostgres({ durable = false, maxConnections = 200 } = {}) {
  const bin = ensureInstalled();
  if (isRoot && spawnSync('id', ['-u', 'postgres']).status !== 0) {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dvc-pg-'));
  const data = join(dir, 'data');
  if (isRoot) {
    const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, id('-u'), id('-g'));
  }
  tool(bin, 'initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    `-c max_connections=${maxConnections}`,
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  const ctl = (...args) => tool(bin, 'pg_ctl', ['-D', data, ...args]);
  ctl('-o', options, '-l', join(dir, 'postgres.log'), '-w', '-t', '30', 'start');
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      ctl('-m', 'immediate', '-w', 'stop');
    } catch {
      /* already down */
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    /** Restarts the server (`fast`: the way an administrator would), blocking until it is back. */
    restart: (mode = 'fast') => ctl('-o', options, '-l', join(dir, 'postgres.log'), '-m', mode, '-w', '-t', '30', 'restart'),
    /** The same, resolving when it is back, without blocking this process. */
    restartAsync: (mode = 'fast') =>
      toolAsync(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-m', mode, '-w', '-t', '30', 'restart']),
    stop,
  };
}

/** Makes sure PostgreSQL is installed (CI calls this before npm test, so the test time is the tests'). */
export function ensureInstalled() {
  if (!findBin()) install();
  if (!findBin()) throw new Error('PostgreSQL was installed but pg_ctl is not found; set PG_BIN');
  return findBin();
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--install') {
  console.log(`postgres: binaries in ${ensureInstalled()}`);
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pg = await startPostgres();
  console.log(`postgres: ${pg.url} (Ctrl-C stops it and deletes its data)`);
  const end = () => {
    pg.stop();
    process.exit(0);
  };
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
  setInterval(() => undefined, 1 << 30);
}
