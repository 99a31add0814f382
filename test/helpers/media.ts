import { executeServerCommand } from '@web/test-runner-commands';

/** Emulates CSS media features, e.g. `{ 'forced-colors': 'active' }`; '' resets one. */
export function emulateFeatures(features: Record<string, string>): Promise<unknown> {
  return executeServerCommand('dvc-emulate-media', features);
}
