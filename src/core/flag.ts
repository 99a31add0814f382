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
