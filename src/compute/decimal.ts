// Exact decimals: precision 34, half-up. Round once, at the end.
import { Decimal } from 'decimal.js';

export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;
/** The one rounding of a figure: half-up to 2 places. */
export const bulat2 = (d: Dec): Dec => d.toDecimalPlaces(2, D.ROUND_HALF_UP);
/** Money as an exact string: whole rupiah without decimals, sen (2 places) when present. */
export const teksUang = (d: Dec): string => (d.isInteger() ? d.toFixed(0) : d.toFixed(2));
export const sum = (xs: Dec[]): Dec => xs.reduce((a, b) => a.plus(b), new D(0));
