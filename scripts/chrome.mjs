// Finds a Chrome/Chromium for the tests: CHROME_PATH, else a system browser, else (as root on
// Debian/Ubuntu) installs Debian's chromium. With `--exec cmd args…` it runs cmd with CHROME_PATH set.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChrome({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && process.getuid?.() === 0 && isDebianLike()) {
    console.error('No Chrome or Chromium found: installing Debian\'s chromium with apt-get (about a minute)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.',
  );
}

/** Launch flags that work as root in a sandbox without GPU or outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  // Test pages run side by side: a page in the background must keep its timers at full speed.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  let path;
  try {
    path = findChrome();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const i = process.argv.indexOf('--exec');
  if (i < 0) {
    console.log(path);
  } else {
    const [cmd, ...args] = process.argv.slice(i + 1);
    const bin = existsSync(`node_modules/.bin/${cmd}`) ? `node_modules/.bin/${cmd}` : cmd;
    const r = spawnSync(bin, args, { stdio: 'inherit', env: { ...process.env, CHROME_PATH: path } });
    process.exit(r.status ?? 1);
  }
}
