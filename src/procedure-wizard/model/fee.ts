import { parseNumber } from './validate.js';
import type { Answers, Channel, Fee } from './types.js';

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

/**
 * The amount in VND a fee comes to for these answers: a flat amount, or tiers over the units
 * field (pages) times the count field (copies). Undefined when it cannot be computed.
 */
export function feeAmount(fee: Fee | undefined, answers: Answers = {}): number | undefined {
  if (!fee) return undefined;
  if (fee.tiers?.length) {
    if (!fee.unitsField) return undefined;
    const per = tieredPrice(fee, count(answers, fee.unitsField, 0));
    return per * count(answers, fee.countField, 1) + (fee.amount ?? 0);
  }
  return fee.amount;
}

/** The channel whose fee the citizen pays at the counter: in person first, else the first. */
export function counterChannel(channels: Channel[] | undefined): Channel | undefined {
  return channels?.find((c) => c.kind === 'in-person') ?? channels?.[0];
}
