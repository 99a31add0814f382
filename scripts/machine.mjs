// What the test and benchmark scripts need from the machine they run on: a command on PATH, a
// free port, and a Debian package installed with apt-get when it is missing — only as root (as on
// CI); anyone else is told what to install.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const isRoot = process.getuid?.() === 0;

/** The path of `cmd` on PATH, or undefined. */
export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Installs Debian's `pkg` (refreshing the package lists only if the first try fails); throws
 * `missing` — what to do by hand — when we are not root or have no apt-get.
 */
export function aptInstall(pkg, missing) {
  if (!isRoot || !which('apt-get')) throw new Error(missing);
  console.log(`${pkg}: installing the Debian package (apt-get) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (apt(['install', '-y', '--no-install-recommends', pkg])) return;
  apt(['update']);
  if (!apt(['install', '-y', '--no-install-recommends', pkg])) throw new Error(`apt-get install ${pkg} failed`);
}
