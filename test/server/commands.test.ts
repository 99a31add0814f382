// The reference server as browser tests see it: a child process controlled by test commands
// (start, kill, restart on the same database, read rows back), and the handler mounted in the
// test server under /api/.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Started {
  url: string;
  db: string;
  staffToken: string;
}

interface Ticket {
  id: string;
  number: string;
  status: string;
}

/** Resolves with the next `type` event of `source` (rejects after `ms`). */
function nextEvent(source: EventSource, type: string, ms = 1500): Promise<MessageEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms);
    source.addEventListener(
      type,
      (e) => {
        clearTimeout(timer);
        resolve(e as MessageEvent);
      },
      { once: true },
    );
  });
}

async function takeTicket(base: string, service: string): Promise<Ticket> {
  const r = await fetch(`${base}/api/queue/tickets`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ service }),
  });
  expect(r.status).to.equal(201);
  return (await r.json()) as Ticket;
}

describe('reference server test commands', function () {
  // Each test starts (and restarts) a server process: a second or two each on a busy machine.
  this.timeout(15_000);
  after(async () => {
    await executeServerCommand('dvc-server-stop');
  });

  it('start → fetch → kill → restart on the same database: the data survived', async () => {
    const started = await executeServerCommand<Started, object>('dvc-server-start', { origin: location.origin });
    expect(started.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    const ticket = await takeTicket(started.url, 'A');
    expect(ticket.number).to.equal('A-001');

    const killed = await executeServerCommand<{ signal: string }, object>('dvc-server-kill', {});
    expect(killed.signal).to.equal('SIGKILL');
    const again = await executeServerCommand<Started, object>('dvc-server-restart', {});
    expect(again.url).to.equal(started.url);
    expect(again.db).to.equal(started.db);

    const read = (await (await fetch(`${again.url}/api/queue/tickets/${ticket.id}`)).json()) as Ticket;
    expect(read.number).to.equal('A-001');
    expect(read.status).to.equal('waiting');
    const rows = await executeServerCommand<Array<{ number: string; status: string }>, object>('dvc-server-query', {
      sql: 'SELECT number, status FROM tickets WHERE id = ?',
      params: [ticket.id],
    });
    expect(rows).to.deep.equal([{ number: 'A-001', status: 'waiting' }]);
  });

  it('an EventSource resumes across a crash and restart without a gap', async () => {
    const started = await executeServerCommand<Started, object>('dvc-server-start', { origin: location.origin });
    const source = new EventSource(`${started.url}/api/queue/stream`);
    try {
      const snapshot = await nextEvent(source, 'snapshot');
      const from = Number(snapshot.lastEventId);
      const first = nextEvent(source, 'ticket');
      await takeTicket(started.url, 'B');
      expect(Number((await first).lastEventId)).to.equal(from + 1);
      await executeServerCommand('dvc-server-kill', {});
      await executeServerCommand('dvc-server-restart', {});
      // Issued while the browser may still be disconnected: it reconnects by itself (retry:
      // 200 ms) with Last-Event-ID and gets exactly this event, replayed or live.
      const second = nextEvent(source, 'ticket');
      await takeTicket(started.url, 'B');
      const event = await second;
      expect(Number(event.lastEventId)).to.equal(from + 2);
      expect((JSON.parse(event.data as string) as { number: string }).number).to.equal('B-002');
    } finally {
      source.close();
    }
  });

  it('dvc-server-query refuses anything but SELECT', async () => {
    await executeServerCommand('dvc-server-start', { origin: location.origin });
    let error: unknown;
    try {
      await executeServerCommand('dvc-server-query', { sql: 'DELETE FROM tickets' });
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/SELECT/);
  });
});

describe('reference server mounted in the test server', () => {
  it('serves /api/queue/services from the same origin', async () => {
    const r = await fetch('/api/queue/services');
    expect(r.status).to.equal(200);
    const services = (await r.json()) as Array<{ letter: string }>;
    expect(services.map((s) => s.letter)).to.deep.equal(['A', 'B', 'C']);
  });

  it('streams a snapshot over SSE through the mount', async () => {
    const source = new EventSource('/api/queue/stream');
    try {
      const snapshot = await nextEvent(source, 'snapshot');
      expect(JSON.parse(snapshot.data as string)).to.have.property('counters');
    } finally {
      source.close();
    }
  });
});
