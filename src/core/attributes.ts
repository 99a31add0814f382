// How widgets read their attributes, the same way everywhere.
import type { ComplexAttributeConverter } from 'lit';

/**
 * The converter of every boolean attribute of every widget (`{ type: Boolean, converter: flag }`):
 * present means on — except the value "false" (any case), which means off. Vue's
 * `:kiosk="false"` on an element not yet defined, React's `kiosk="false"` and CMS templates that
 * always print `persist="{{ value }}"` write the string "false"; HTML alone would take any present
 * attribute for true.
 */
export const flag: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value) => (value ? '' : null),
};

/** Seconds from an attribute (`idle-timeout="90"`); anything not a positive number becomes `fallback`. */
export function seconds(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
