// A small round-robin HTTP load balancer for the cluster benchmark (server/bench/cluster.mjs),
// standing in for nginx: requests go to the backends in turn; a backend that refuses connections
// is skipped for a second (the request goes to the next one, as nginx's proxy_next_upstream
// error does); streamed answers (SSE) are passed on chunk by chunk, never buffered; when a
// backend dies mid-stream the client's connection is closed, so EventSource reconnects.
//   node server/bench/proxy.mjs --port 0 --backends http://127.0.0.1:8081,http://127.0.0.1:8082
// Prints "proxy listening on http://127.0.0.1:N".
import http from 'node:http';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, backends: { type: 'string' } } });
const backends = values.backends.split(',').map((u) => ({ url: new URL(u), downUntil: 0 }));
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
let turn = 0;

function forward(req, res, body, tried) {
  const now = Date.now();
  const candidates = backends.filter((b) => !tried.has(b));
  if (!candidates.length) {
    res.writeHead(502, { 'Content-Type': 'application/json' });
    res.end('{"error":"bad-gateway","message":"No backend answered.","details":[]}');
    return;
  }
  // Round robin over the backends not known to be down (all of them, if every one is).
  const up = candidates.filter((b) => b.downUntil <= now);
  const pool = up.length ? up : candidates;
  const backend = pool[turn++ % pool.length];
  tried.add(backend);
  const stream = req.url.startsWith('/api/queue/stream');
  const upstream = http.request(
    {
      host: backend.url.hostname,
      port: backend.url.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress },
      agent: stream ? false : agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      if (stream) res.socket?.setNoDelay(true);
      answer.pipe(res);
      // The backend went away mid-answer: end the client's connection too, so it reconnects.
      answer.on('aborted', () => res.destroy());
      answer.on('error', () => res.destroy());
    },
  );
  upstream.on('error', (err) => {
    // Refused: the backend never saw the request, so any method may go to the next one.
    if (err.code === 'ECONNREFUSED' && !res.headersSent) {
      backend.downUntil = Date.now() + 1_000;
      forward(req, res, body, tried);
    } else if (!res.headersSent) {
      res.writeHead(502, { 'Content-Type': 'application/json' });
      res.end('{"error":"bad-gateway","message":"The backend failed.","details":[]}');
    } else res.destroy();
  });
  // The client went away first (a closed board): stop the upstream answer too.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.end(body);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => forward(req, res, Buffer.concat(chunks), new Set()));
});
server.keepAliveTimeout = 30_000;
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`proxy listening on http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
