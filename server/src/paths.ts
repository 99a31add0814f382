import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root. This file runs from two places — `server/src/` (tsx in tests) and
 * `dist/server/` (the esbuild bundle) — both exactly two levels below the root, so one rule fits.
 */
export const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const DEFAULT_PATHS = {
  schemasDir: resolve(ROOT_DIR, 'schemas'),
  proceduresDir: resolve(ROOT_DIR, 'data', 'procedures'),
  queueConfigFile: resolve(ROOT_DIR, 'data', 'queue-config.json'),
  publicDir: resolve(ROOT_DIR, 'server', 'public'),
  cdnDir: resolve(ROOT_DIR, 'dist', 'cdn'),
};
