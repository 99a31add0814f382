// nginx in front of the cluster benchmark's instances (server/bench/cluster.mjs), configured as
// docs/deploy.md tells a province to: passive upstream checks, a failed connection retried on the
// other instance, event streams unbuffered. Debian's nginx-light is installed with apt-get when
// nginx is missing and we are root (as on CI); otherwise set NGINX to the binary. NGINX_LOG_LEVEL
// (default error) is the level of its error log, which the run summarises (`errorLog()`).
//   import { startNginx } from './nginx.mjs';
//   const lb = await startNginx(['127.0.0.1:8081', '127.0.0.1:8082']);   // { port, proc, stop(), errorLog() }
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aptInstall, freePort, isRoot, which } from '../../scripts/machine.mjs';

function findNginx() {
  if (process.env.NGINX) return process.env.NGINX;
  for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx']) if (existsSync(path)) return path;
  return which('nginx');
}

function ensureNginx() {
  const found = findNginx();
  if (found) return found;
  aptInstall('nginx-light', 'nginx is not installed: install it (Debian/Ubuntu: apt-get install nginx-light), set NGINX to its binary, or run with --balancer node');
  return findNginx();
}

const accepting = (port) =>
  new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

/** The deploy.md configuration, on loopback without TLS, sized for `connections` clients. */
function config(dir, port, backends, connections) {
  // Each client holds a connection to nginx and nginx one to an instance; when fewer than 1/16 of
  // worker_connections are free, nginx closes connections still waiting for their request (the
  // client sees a reset), so 2 × clients is not enough.
  const perWorker = Math.ceil((2 * connections * 16) / 15) + 256;
  return `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log ${process.env.NGINX_LOG_LEVEL ?? 'error'};
worker_rlimit_nofile ${perWorker + 64};
events { worker_connections ${perWorker}; multi_accept on; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream dvc {
${backends.map((b) => `    server ${b} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port} backlog=4096;
    location / {
      proxy_pass http://dvc;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
    }
    location = /api/queue/stream {
      proxy_pass http://dvc;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_buffering off;
      proxy_cache off;
      gzip off;
      proxy_read_timeout 1h;
      proxy_send_timeout 1h;
      proxy_next_upstream error timeout;
    }
  }
}
`;
}

/** Starts nginx balancing over `backends` ("host:port"); resolves once it accepts connections. */
export async function startNginx(backends, { connections = 2000 } = {}) {
  const bin = ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'dvc-nginx-'));
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), config(dir, port, backends, connections));
  // As root, the worker would switch to nobody, who cannot write the temporary folder.
  const user = isRoot ? ['-g', 'user root;'] : [];
  const proc = spawn(bin, ['-p', dir, '-c', join(dir, 'nginx.conf'), ...user], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  proc.stderr.on('data', (c) => (errors += c));
  const stop = () => {
    proc.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  /** What nginx logged (error and worse), as counts per kind ("connect() failed (111: …) while connecting to upstream"). */
  const errorLog = () => {
    const kinds = {};
    for (const line of readFileSync(join(dir, 'error.log'), 'utf8').split('\n')) {
      const [, level, text] = line.match(/\[(\w+)\] \d+#\d+: (?:\*\d+ )?(.*?)(?:, client:|$)/) ?? [];
      const kind = `${level}: ${text}`;
      if (text) kinds[kind] = (kinds[kind] ?? 0) + 1;
    }
    return kinds;
  };
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited (${proc.exitCode}): ${errors}`);
    if (await accepting(port)) return { port, proc, stop, errorLog };
    await new Promise((r) => setTimeout(r, 50));
  }
  stop();
  throw new Error(`nginx did not start: ${errors}`);
}
