// CPU time of the calling thread (user + system, ms) from /proc/thread-self/stat: a Pemda build reports its agency
// workers' share of the process's CPU (the rest: main thread, V8's GC and compiler helper threads). Linux only
// (undefined elsewhere); the kernel counts in clock ticks (USER_HZ, 100 on Linux), so 10 ms steps.
import fs from 'node:fs';

export function cpuUtas(): number | undefined {
  try {
    const st = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10; // utime + stime, fields 14 and 15
  } catch { return undefined; }
}
