// Exact decimals: precision 34, half-up. Round once, at the end.
import { Decimal } from 'decimal.js';

export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;
export const sum = (xs: Dec[]): Dec => xs.reduce((a, b) => a.plus(b), new D(0));
