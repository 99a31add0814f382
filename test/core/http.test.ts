import { expect } from '@open-wc/testing';
import { backoff } from '../../src/core/connection.js';
import { HttpError, parseRetryAfter, requestJson, wait } from '../../src/core/http.js';
import { errorCode, errorMessage } from '../../src/core/messages.js';
import { uuid } from '../../src/core/id.js';

const F = '/__fixture';
const key = () => uuid();

async function failure(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(HttpError);
    return e as HttpError;
  }
  throw new Error('expected the request to fail');
}

describe('http helper', () => {
  it('returns parsed JSON, and undefined for 204', async () => {
    expect(await requestJson(`${F}/json`)).to.deep.equal({ ok: true, n: 1 });
    expect(await requestJson(`${F}/empty`)).to.equal(undefined);
  });

  it('sends JSON bodies and the Idempotency-Key', async () => {
    const echo = await requestJson(`${F}/echo`, { method: 'POST', body: { a: 1 }, idempotencyKey: 'k-1' });
    expect(echo).to.include({ method: 'POST', idempotencyKey: 'k-1', contentType: 'application/json' });
    expect((echo as { body: unknown }).body).to.deep.equal({ a: 1 });
  });

  it('times out a request that hangs', async () => {
    const e = await failure(requestJson(`${F}/hang`, { timeout: 150 }));
    expect(e.kind).to.equal('timeout');
    expect(e.retryable).to.equal(true);
  });

  it('reports JSON that does not parse as bad-json', async () => {
    expect((await failure(requestJson(`${F}/bad-json`))).kind).to.equal('bad-json');
  });

  it('types 4xx and 5xx and keeps the error body', async () => {
    const e4 = await failure(requestJson(`${F}/status/400`));
    expect([e4.kind, e4.status, e4.retryable]).to.deep.equal(['http-4xx', 400, false]);
    expect((e4.body as { details: unknown[] }).details).to.have.length(1);
    const e5 = await failure(requestJson(`${F}/status/502`));
    expect([e5.kind, e5.retryable]).to.deep.equal(['http-5xx', true]);
    expect((await failure(requestJson(`${F}/status/408`))).retryable).to.equal(true);
  });

  it('reports an unreachable server as network', async () => {
    // Port 9 (discard) on loopback refuses the connection at once.
    const e = await failure(requestJson('http://127.0.0.1:9/x', { timeout: 1500 }));
    expect(e.kind).to.equal('network');
  });

  it('retries a GET with backoff until it succeeds', async () => {
    const k = key();
    const data = await requestJson(`${F}/flaky/2?key=${k}`, { retries: 3, retryDelay: 20 });
    expect(data).to.deep.equal({ attempts: 3 });
  });

  it('gives up after the configured retries', async () => {
    const k = key();
    const e = await failure(requestJson(`${F}/flaky/5?key=${k}`, { retries: 1, retryDelay: 10 }));
    expect(e.status).to.equal(503);
    expect(await requestJson(`${F}/attempts/${k}`)).to.deep.equal({ attempts: 2 });
  });

  it('never retries a POST without an Idempotency-Key', async () => {
    const k = key();
    await failure(requestJson(`${F}/flaky/1?key=${k}`, { method: 'POST', body: {}, retries: 3, retryDelay: 10 }));
    expect(await requestJson(`${F}/attempts/${k}`)).to.deep.equal({ attempts: 1 });
    const k2 = key();
    const ok = await requestJson(`${F}/flaky/1?key=${k2}`, {
      method: 'POST',
      body: {},
      retries: 3,
      retryDelay: 10,
      idempotencyKey: k2,
    });
    expect(ok).to.deep.equal({ attempts: 2 });
  });

  it('does not retry a 4xx', async () => {
    const k = key();
    await failure(requestJson(`${F}/status/422?key=${k}`, { retries: 3, retryDelay: 10 }));
    expect(await requestJson(`${F}/attempts/${k}`)).to.deep.equal({ attempts: 1 });
  });

  it('honours Retry-After, and leaves a long one to the caller', async () => {
    const k = key();
    const started = performance.now();
    expect(await requestJson(`${F}/retry-after/1?key=${k}`, { retries: 1, retryDelay: 1, maxRetryDelay: 2000 })).to.deep.equal({ attempts: 2 });
    expect(performance.now() - started).to.be.at.least(950);
    const k2 = key();
    const e = await failure(requestJson(`${F}/retry-after/60?key=${k2}`, { retries: 3, maxRetryDelay: 2000 }));
    expect([e.status, e.retryAfter]).to.deep.equal([429, 60000]);
  });

  it('aborts with the caller signal, also while waiting to retry', async () => {
    const controller = new AbortController();
    const pending = failure(requestJson(`${F}/hang`, { signal: controller.signal, timeout: 5000 }));
    setTimeout(() => controller.abort(), 30);
    expect((await pending).kind).to.equal('aborted');
    const c2 = new AbortController();
    const k = key();
    const retrying = failure(requestJson(`${F}/flaky/9?key=${k}`, { signal: c2.signal, retries: 5, retryDelay: 1000 }));
    setTimeout(() => c2.abort(), 100);
    expect((await retrying).kind).to.equal('aborted');
  });

  it('computes backoff with jitter inside its bounds', () => {
    expect(backoff(0, 500, 8000, () => 0)).to.equal(250);
    expect(backoff(0, 500, 8000, () => 1)).to.equal(500);
    expect(backoff(3, 500, 8000, () => 1)).to.equal(4000);
    expect(backoff(10, 500, 8000, () => 1)).to.equal(8000);
  });

  it('parses Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).to.equal(6000);
    expect(parseRetryAfter('soon')).to.equal(undefined);
    expect(parseRetryAfter(null)).to.equal(undefined);
  });

  it('wait() rejects at once on an aborted signal', async () => {
    const c = new AbortController();
    c.abort();
    const e = await failure(wait(1000, c.signal));
    expect(e.kind).to.equal('aborted');
  });

  it('has a plain message and a code for every failure', () => {
    const kinds = ['network', 'timeout', 'http-5xx', 'bad-json', 'http-4xx'] as const;
    const messages = new Set(kinds.map((k) => errorMessage(new HttpError(k, k === 'http-4xx' ? 400 : 0))));
    expect(messages.size).to.equal(kinds.length);
    expect(errorMessage(new HttpError('http-4xx', 404))).to.not.equal(errorMessage(new HttpError('http-4xx', 429)));
    expect(errorMessage(new Error('boom'))).to.be.a('string').and.not.include('boom');
    expect(errorCode(new HttpError('timeout'))).to.equal('timeout');
    expect(errorCode('x')).to.equal('unexpected');
  });

  it('makes RFC 4122 v4 UUIDs without a secure context', () => {
    const ids = new Set(Array.from({ length: 200 }, uuid));
    expect(ids.size).to.equal(200);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('ConnectionSignal', () => {
  it('aborts requests when the element leaves the page, and renews on reconnect', async () => {
    const { DvcElement } = await import('../../src/core/dvc-element.js');
    const { safeDefine } = await import('../../src/core/define.js');
    class Requester extends DvcElement {
      load(path = 'hang') {
        return requestJson(`${F}/${path}`, { signal: this.connection.signal, timeout: 5000 });
      }
    }
    safeDefine('dvc-test-requester', Requester);
    const el = document.createElement('dvc-test-requester') as Requester;
    document.body.append(el);
    const pending = failure(el.load());
    await wait(30);
    el.remove();
    expect((await pending).kind).to.equal('aborted');
    document.body.append(el);
    expect(await el.load('json')).to.deep.equal({ ok: true, n: 1 });
    el.remove();
  });
});
