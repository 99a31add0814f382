// Server-side rendering (issue 13): a React, Vue or Angular app rendered on the server imports our
// package in Node, where there is no document, window or custom-element registry of the browser.
// Every entry must import there without touching them, and define nothing (the tags go out as
// written; the browser upgrades them). Each import runs in a fresh Node process, as a server would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
/** Entries with JavaScript: not the JSON files, patterns, or types-only entries (dvc-widgets/react-jsx, /vue). */
const entries = Object.entries(exports)
  .filter(([k, target]) => !/\.json$|\*|^\.\/package/.test(k) && (typeof target === 'string' || target.default))
  .map(([k]) => k.replace(/^\./, 'dvc-widgets'));

/** Runs `code` as an ES module in a fresh Node (the package imports itself by name) and returns what it printed. */
const node = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

const TAGS = ['dvc-procedure-wizard', 'dvc-queue-board', 'dvc-queue-ticket', 'dvc-vneid-guide', 'dvc-feedback-form', 'dvc-idle-prompt'];

describe('importing the package on a server (Node, no DOM)', () => {
  it('lists the entries to check', () => {
    assert.ok(entries.includes('dvc-widgets') && entries.includes('dvc-widgets/localization') && entries.length >= 6, entries.join(', '));
  });

  for (const entry of entries) {
    it(`imports ${entry} without a document, defining nothing`, () => {
      const out = node(`
        const module = await import(${JSON.stringify(entry)});
        const defined = ${JSON.stringify(TAGS)}.filter((t) => globalThis.customElements?.get(t));
        console.log(JSON.stringify({ exports: Object.keys(module).length, document: typeof document, defined }));
      `);
      const result = JSON.parse(out.trim().split('\n').at(-1));
      assert.equal(result.document, 'undefined');
      assert.deepEqual(result.defined, []);
      assert.ok(result.exports > 0);
    });
  }

  it('dvc-widgets/localization switches the language on the server too (the strings load in Node)', () => {
    const out = node(`
      const { setLocale, getLocale, LOCALES, LOCALE_CHANGE_EVENT } = await import('dvc-widgets/localization');
      console.log(JSON.stringify({ before: getLocale(), after: await setLocale('de-DE'), LOCALES, LOCALE_CHANGE_EVENT }));
    `);
    assert.deepEqual(JSON.parse(out.trim()), { before: 'en', after: 'de', LOCALES: ['vi', 'en', 'de'], LOCALE_CHANGE_EVENT: 'dvc-locale-change' });
  });
});
