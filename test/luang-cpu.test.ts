// src/luang-cpu.ts + src/pramuat.ts intiLuang: the preloading worker's gate reads idle CPU time since the previous
// reading (not the lagging load average); os.cpus() is faked, so the test machine's own load plays no part.
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';

let idleMs = 5_000; // cumulative counters (a platform reporting 0 idle time is "not known")
const cpus = () => [0, 1].map(() => ({ model: 'uji', speed: 1, times: { user: 0, nice: 0, sys: 0, idle: idleMs, irq: 0 } }));

afterEach(() => { vi.restoreAllMocks(); vi.resetModules(); });

async function muat() {
  vi.spyOn(os, 'cpus').mockImplementation(cpus);
  vi.spyOn(os, 'availableParallelism').mockReturnValue(2);
  vi.spyOn(os, 'loadavg').mockReturnValue([0, 0, 0]); // the fallback would say "free": only used when too short to tell
  return { ...(await import('../src/luang-cpu.ts')), ...(await import('../src/pramuat.ts')) };
}
const tunggu = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('idle cores now, for the preloading worker', () => {
  it('too short a time: not known, and intiLuang falls back to the load average', async () => {
    const { intiMenganggur } = await muat();
    expect(intiMenganggur(10_000)).toBeUndefined();
  });

  it('no idle time on any CPU since the last reading: no core to spare, whatever the load average says', async () => {
    const { intiLuang } = await muat();
    await tunggu(100);
    expect(intiLuang()).toBe(false);
  });

  it('a whole core idle over the time: a core to spare', async () => {
    const { intiLuang } = await muat();
    const t0 = performance.now();
    await tunggu(100);
    idleMs += 2 * (performance.now() - t0); // both fake CPUs' counters move by the elapsed time: 1 core idle in total
    expect(intiLuang()).toBe(true);
  });
});
