import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { configFromCli, ConfigError, parseRateLimit } from '../src/config.js';
import { StartupError } from '../src/startup-error.js';
import { DEFAULT_PATHS } from '../src/paths.js';
import { loadProcedures } from '../src/procedures/catalogue.js';
import { loadQueueConfig } from '../src/queue/config.js';
import { serviceDay } from '../src/time.js';
import { schemas, tempDir } from './helpers.js';

describe('configuration', () => {
  it('has defaults for a local demo', () => {
    const { config, cli } = configFromCli([], {});
    assert.equal(cli.port, 8080);
    assert.equal(cli.simulate, false);
    assert.equal(config.heartbeatMs, 15_000);
    assert.match(config.dbPath, /var\/dvc\.sqlite$/);
    assert.deepEqual(config.corsOrigins, []);
    assert.equal(config.staffToken, undefined);
  });

  it('reads environment variables, and flags win over them', () => {
    const env = { PORT: '9000', DB_PATH: '/tmp/a.sqlite', CORS_ORIGINS: 'https://a.vn, https://b.vn', STAFF_TOKEN: 's3cret', HEARTBEAT_MS: '500', RATE_LIMIT_TICKETS: '5/10s', SIMULATE: '1' };
    const { config, cli } = configFromCli(['--port', '0', '--heartbeat-ms', '200'], env);
    assert.equal(cli.port, 0);
    assert.equal(cli.simulate, true);
    assert.equal(config.dbPath, '/tmp/a.sqlite');
    assert.deepEqual(config.corsOrigins, ['https://a.vn', 'https://b.vn']);
    assert.equal(config.staffToken, 's3cret');
    assert.equal(config.heartbeatMs, 200);
    assert.deepEqual(config.rateLimits.tickets, { max: 5, windowMs: 10_000 });
  });

  it('rejects malformed values with a message naming the setting', () => {
    assert.throws(() => configFromCli(['--port', 'x'], {}), (e: Error) => e instanceof ConfigError && /--port \/ PORT/.test(e.message));
    assert.throws(() => configFromCli([], { HEARTBEAT_MS: '0' }), /HEARTBEAT_MS/);
    assert.throws(() => configFromCli([], { REFERENCE_PREFIX: 'kl-x' }), /REFERENCE_PREFIX/);
    assert.throws(() => configFromCli(['--no-such-flag'], {}), /Unknown option/);
    assert.deepEqual(parseRateLimit('30/1min', 'x'), { max: 30, windowMs: 60_000 });
    assert.deepEqual(parseRateLimit('5/500ms', 'x'), { max: 5, windowMs: 500 });
    assert.throws(() => parseRateLimit('30 per minute', 'RATE'), /RATE must look like/);
  });

  it('counts the service day in Asia/Ho_Chi_Minh', () => {
    assert.equal(serviceDay(Date.parse('2026-11-27T16:59:59Z')), '2026-11-27');
    assert.equal(serviceDay(Date.parse('2026-11-27T17:00:00Z')), '2026-11-28');
  });
});

describe('schemas and sample data', () => {
  it('every schema in /schemas has its validator, compiled in Ajv strict mode by scripts/validators.mjs', () => {
    const names = readdirSync(DEFAULT_PATHS.schemasDir).filter((n) => n.endsWith('.schema.json'));
    assert.ok(names.length >= 14);
    for (const n of names) assert.doesNotThrow(() => schemas.check(n, null), n);
  });

  it('the sample queue config and procedures are valid', () => {
    assert.deepEqual(schemas.check('queue-config.schema.json', JSON.parse(readFileSync(DEFAULT_PATHS.queueConfigFile, 'utf8'))), []);
    for (const n of readdirSync(DEFAULT_PATHS.proceduresDir)) {
      const value = JSON.parse(readFileSync(join(DEFAULT_PATHS.proceduresDir, n), 'utf8'));
      assert.deepEqual(schemas.check('procedure.schema.json', value), [], n);
    }
  });

  it('a queue config or procedure file with an unknown key stops the start, naming the file and the key\'s path', () => {
    const dir = tempDir();
    const queue = JSON.parse(readFileSync(DEFAULT_PATHS.queueConfigFile, 'utf8'));
    queue.counters[1].colour = 'red';
    queue.services[0].Name = 'Hộ tịch';
    const queueFile = join(dir, 'queue-config.json');
    writeFileSync(queueFile, JSON.stringify(queue));
    assert.throws(() => loadQueueConfig(queueFile, schemas), (e: Error) =>
      e instanceof StartupError && e.message === `invalid queue config ${queueFile}: /services/0/Name is not allowed; /counters/1/colour is not allowed`);

    const procedures = join(dir, 'procedures');
    mkdirSync(procedures);
    const birth = JSON.parse(readFileSync(join(DEFAULT_PATHS.proceduresDir, '1.001193.json'), 'utf8'));
    birth.steps[1].visibleif = { field: 'childName', answered: true };
    writeFileSync(join(procedures, '1.001193.json'), JSON.stringify(birth));
    assert.throws(() => loadProcedures(procedures, schemas), (e: Error) => e instanceof StartupError && /1\.001193\.json: \/steps\/1\/visibleif is not allowed$/.test(e.message));
  });

  it('LocalizedText accepts a string or vi/en/de, nothing else', () => {
    assert.deepEqual(schemas.check('localized-text.schema.json', 'Hộ tịch'), []);
    assert.deepEqual(schemas.check('localized-text.schema.json', { vi: 'Hộ tịch', de: 'Personenstand' }), []);
    assert.notDeepEqual(schemas.check('localized-text.schema.json', { fr: 'État civil' }), []);
    assert.notDeepEqual(schemas.check('localized-text.schema.json', {}), []);
    assert.notDeepEqual(schemas.check('localized-text.schema.json', '  '), [], 'blank');
    assert.notDeepEqual(schemas.check('localized-text.schema.json', { vi: 'Hộ tịch', de: ' ' }), [], 'blank');
  });
});
