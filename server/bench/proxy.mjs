// A small round-robin load balancer for the cluster benchmark (server/bench/cluster.mjs), standing
// in for nginx or HAProxy. It balances connections (layer 4, like HAProxy's `mode tcp`): each new
// client connection goes to the next backend in turn and its bytes are passed on both ways as
// they come — nothing is buffered, so event streams flow. A backend that refuses the connection
// is skipped for a second and the connection goes to the next one (nothing was sent yet, so any
// request may). When a backend dies, its client connections are closed, so EventSource (or the
// widgets' feed) reconnects — through the proxy, to a live backend.
//   node server/bench/proxy.mjs --port 0 --backends http://127.0.0.1:8081,http://127.0.0.1:8082
// Prints "proxy listening on http://127.0.0.1:N".
import net from 'node:net';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, backends: { type: 'string' } } });
const backends = values.backends.split(',').map((u) => ({ url: new URL(u), downUntil: 0 }));
let turn = 0;

function connect(client, tried) {
  const now = Date.now();
  const candidates = backends.filter((b) => !tried.has(b));
  if (!candidates.length) {
    client.destroy();
    return;
  }
  // Round robin over the backends not known to be down (all of them, if every one is).
  const up = candidates.filter((b) => b.downUntil <= now);
  const backend = (up.length ? up : candidates)[turn++ % (up.length || candidates.length)];
  tried.add(backend);
  const upstream = net.connect({ host: backend.url.hostname, port: Number(backend.url.port) });
  upstream.setNoDelay(true);
  let connected = false;
  upstream.once('connect', () => {
    connected = true;
    client.pipe(upstream);
    upstream.pipe(client);
    client.resume();
  });
  upstream.on('error', (err) => {
    if (!connected && err.code === 'ECONNREFUSED') {
      backend.downUntil = Date.now() + 1_000;
      connect(client, tried);
    } else client.destroy();
  });
  upstream.on('close', () => {
    if (connected) client.destroy();
  });
  client.on('close', () => upstream.destroy());
}

const server = net.createServer({ pauseOnConnect: true }, (client) => {
  client.setNoDelay(true);
  client.on('error', () => undefined);
  connect(client, new Set());
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`proxy listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
