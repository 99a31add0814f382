import { evaluate } from './conditions.js';
import { parseNumber } from './validate.js';
import type { Answers, Channel, Fee, FeeCase } from './types.js';
import type { LocalizedText } from '../../core/localized-text-guard.js';

/** Price of `units` units under banded tiers, capped at `max`. */
export function tieredPrice(fee: Fee, units: number): number {
  let total = 0;
  let from = 0;
  for (const tier of fee.tiers ?? []) {
    const to = tier.upTo ?? Infinity;
    if (units > from) total += (Math.min(units, to) - from) * tier.price;
    from = to;
  }
  return fee.max !== undefined ? Math.min(total, fee.max) : total;
}

function count(answers: Answers, field: string | undefined, fallback: number): number {
  const raw = field ? answers[field] : undefined;
  const n = typeof raw === 'string' ? parseNumber(raw) : undefined;
  return n !== undefined && n >= 0 ? Math.floor(n) : fallback;
}

/** The case of a fee that applies to these answers: the first whose condition holds. */
export function feeCase(fee: Fee | undefined, answers: Answers = {}): FeeCase | undefined {
  return fee?.cases?.find((c) => evaluate(c.when, answers));
}

/**
 * What a fee comes to for these answers: `amount` in VND when it can be computed — the flat
 * amount or that of the case that applies, plus tiers over the units field (pages) times the
 * count field (copies), which are `extra` — else the words (`note`) of the case that applies,
 * whose amount is set elsewhere (by the province). Undefined when nothing applies yet.
 */
export function appliedFee(fee: Fee | undefined, answers: Answers = {}): { amount?: number; note?: LocalizedText; extra: number } | undefined {
  if (!fee) return undefined;
  const tiered = !!fee.tiers?.length;
  if (tiered && !fee.unitsField) return undefined;
  const extra = tiered ? tieredPrice(fee, count(answers, fee.unitsField, 0)) * count(answers, fee.countField, 1) : 0;
  if (fee.cases?.length) {
    const c = feeCase(fee, answers);
    if (!c) return undefined;
    return c.amount === undefined ? { note: c.note, extra } : { amount: c.amount + extra, extra };
  }
  const base = fee.amount ?? (tiered ? 0 : undefined);
  return base === undefined ? undefined : { amount: base + extra, extra };
}

/** The amount in VND a fee comes to for these answers; undefined when it cannot be computed. */
export function feeAmount(fee: Fee | undefined, answers: Answers = {}): number | undefined {
  return appliedFee(fee, answers)?.amount;
}

/** The channel whose fee the citizen pays at the counter: in person first, else the first. */
export function counterChannel(channels: Channel[] | undefined): Channel | undefined {
  return channels?.find((c) => c.kind === 'in-person') ?? channels?.[0];
}
