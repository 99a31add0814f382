// What the load benchmarks share: a small HTTP client, the tickets issued before the calls, calls
// at a fixed rate, the blocks of an event stream, percentiles.
import http from 'node:http';
import net from 'node:net';
import { performance } from 'node:perf_hooks';

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** One request to 127.0.0.1:`port`; resolves with `{ status, body }` (status 0: no answer). */
export function request(port, method, path, { body, token } = {}) {
  return new Promise((resolve) => {
    const data = body ? JSON.stringify(body) : '';
    const headers = {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
    };
    const req = http.request({ host: '127.0.0.1', port, path, method, agent, headers }, (r) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (c) => (text += c));
      r.on('end', () => {
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          /* not JSON */
        }
        resolve({ status: r.statusCode, body: json });
      });
      r.on('error', () => resolve({ status: 0 }));
    });
    req.on('error', () => resolve({ status: 0 }));
    req.end(data);
  });
}

/**
 * Enough waiting tickets for `calls` staff calls: counter 4 alone serves C, the others share A
 * and B. Resolves with the numbers issued.
 */
export async function issueTickets(port, calls) {
  const issued = [];
  for (const [letter, n] of [['A', calls], ['B', calls], ['C', Math.ceil(calls / 4) + 20]]) {
    for (let i = 0; i < n; i += 8) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(8, n - i) }, () => request(port, 'POST', '/api/queue/tickets', { body: { service: letter } })),
      );
      for (const r of batch) {
        if (r.status !== 201) throw new Error(`issuing a ticket: ${r.status} ${JSON.stringify(r.body)}`);
        issued.push(r.body.number);
      }
    }
  }
  return issued;
}

/** Calls `call(i)` `count` times at `rate` per second; resolves after the last has been started. */
export function atRate(rate, count, call) {
  return new Promise((done) => {
    let made = 0;
    const timer = setInterval(() => {
      if (made >= count) {
        clearInterval(timer);
        done();
        return;
      }
      call(made++);
    }, 1000 / rate);
  });
}

/** The `p`-th percentile of `list` (0–100), rounded to 0.1 ms; 'n/a' for none. */
export function percentile(list, p) {
  if (!list.length) return 'n/a';
  const sorted = [...list].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
}

/** A splitter of event-stream text: `onBlock(block, now)` gets each message's raw lines and the time its chunk arrived. */
function blocks(onBlock) {
  let buffer = '';
  return (chunk) => {
    const now = performance.now();
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      onBlock(block, now);
    }
  };
}

/** Reads an event stream (`http.IncomingMessage`) block by block (see `blocks`). */
export function onBlocks(stream, onBlock) {
  stream.setEncoding('utf8');
  stream.on('data', blocks(onBlock));
}

/**
 * An event stream as thousands of clients in one process can afford to read: HTTP/1.0 on a bare
 * socket, so the body comes without chunked encoding and there is no HTTP parser per chunk (with
 * Node's client, reading 2,000 streams took most of a core of the machine under test).
 * `onStatus(code)` once the head is in (false closes the stream), `onBlock` per message,
 * `onClose(why)` once, whatever ended it: the HTTP status that was refused, the socket error's code,
 * or 'end'.
 */
export function streamEvents(port, path, headers, { onStatus, onBlock, onClose }) {
  const socket = net.connect(port, '127.0.0.1');
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.write(`GET ${path} HTTP/1.0\r\nHost: 127.0.0.1\r\n${lines.join('')}\r\n`);
  socket.setEncoding('utf8');
  const body = blocks(onBlock);
  let head = '';
  let why = 'end';
  socket.on('data', (chunk) => {
    if (head === undefined) return body(chunk);
    head += chunk;
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    const rest = head.slice(end + 4);
    const status = Number(head.slice(9, 12));
    head = undefined;
    if (!onStatus(status)) {
      why = status;
      socket.destroy();
    } else if (rest) body(rest);
  });
  socket.on('error', (err) => (why = err.code));
  socket.once('close', () => onClose(why));
  return socket;
}
