// src/memori.ts: a full collection between documents only when the heap is above the limit and V8's gc is exposed.
import { afterEach, expect, it, vi } from 'vitest';
import { lupakanHidup, rapikan } from '../src/memori.ts';

const g = globalThis as { gc?: () => void };
const asli = g.gc;
afterEach(() => { g.gc = asli; lupakanHidup(); });

it('collects above the limit, not below it, and never without an exposed gc', () => {
  const gc = vi.fn();
  g.gc = gc;
  expect(rapikan(1e6)).toBe(false); // the heap is far below 1 TB
  expect(gc).not.toHaveBeenCalled();
  expect(rapikan(0)).toBe(true);
  expect(gc).toHaveBeenCalledTimes(1);
  g.gc = undefined;
  expect(rapikan(0)).toBe(false);
});

it('after a collection, the next waits until the heap has doubled (a large live heap is not collected after every document)', () => {
  const gc = vi.fn();
  g.gc = gc;
  expect(rapikan(0)).toBe(true);
  expect(rapikan(0)).toBe(false); // the heap has not doubled since
  expect(gc).toHaveBeenCalledTimes(1);
  lupakanHidup();
  expect(rapikan(0)).toBe(true);
});
