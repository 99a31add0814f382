import { isLocalizedText, type LocalizedText } from '../../core/localized-text.js';
import { SIPAS, type CriterionKey } from './submission.js';

/** One criterion shown after the overall rating: a SIPAS key, with the portal's own label if given. */
export interface Criterion {
  key: CriterionKey;
  label?: LocalizedText;
}

/**
 * Reads the `criteria` attribute (JSON) or property: a list of SIPAS keys, or of
 * `{ key, label }` (label a LocalizedText). Unknown keys, duplicates and broken entries are left
 * out and reported, so a typo in a portal's page costs one criterion, not the form.
 */
export function parseCriteria(value: unknown): { criteria: Criterion[]; invalid: boolean } {
  if (value === undefined || value === null || value === '') return { criteria: SIPAS.map((key) => ({ key })), invalid: false };
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      list = undefined;
    }
  }
  if (!Array.isArray(list)) return { criteria: SIPAS.map((key) => ({ key })), invalid: true };
  const criteria: Criterion[] = [];
  let invalid = false;
  for (const item of list) {
    const key = typeof item === 'string' ? item : (item as Criterion | null)?.key;
    const label = typeof item === 'object' && item ? (item as Criterion).label : undefined;
    const ok = (SIPAS as readonly unknown[]).includes(key) && !criteria.some((c) => c.key === key) && (label === undefined || isLocalizedText(label));
    if (ok) criteria.push(label === undefined ? { key: key as CriterionKey } : { key: key as CriterionKey, label });
    else invalid = true;
  }
  return { criteria, invalid };
}
