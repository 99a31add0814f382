import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertError, assertSchema, call, startServer, type TestServer } from './helpers.js';

describe('procedures', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer();
  });
  after(() => s.close());

  it('lists the catalogue as summaries with the URL of each definition', async () => {
    const r = await call(s.url, '/api/procedures');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('cache-control')!, /max-age/);
    const birth = r.body.find((p: { code: string }) => p.code === '1.001193');
    assert.ok(birth);
    for (const p of r.body) assertSchema('procedure-summary.schema.json', p);
    assert.equal(birth.name.vi, 'Đăng ký khai sinh');
    assert.equal(birth.url, '/api/procedures/1.001193');
  });

  it('serves one procedure, valid against its schema', async () => {
    const r = await call(s.url, '/api/procedures/1.001193');
    assert.equal(r.status, 200);
    assertSchema('procedure.schema.json', r.body);
    assert.equal(r.body.field.en, 'Civil status');
    assert.ok(r.body.steps.length > 0);
  });

  it('answers 404 JSON for an unknown code', async () => {
    assertError(await call(s.url, '/api/procedures/9.999999'), 404, 'not-found');
    assertError(await call(s.url, '/api/procedures/..%2Fqueue-config'), 404, 'not-found');
  });
});
