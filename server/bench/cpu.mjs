// Where a machine's cores went during a benchmark, from Linux's /proc (elsewhere every figure is
// undefined and nothing is printed): CPU seconds of a process with its children, and of the whole
// machine. A loopback benchmark shares its cores with what it measures; this says how much.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ: /proc counts in hundredths of a second on Linux
const linux = existsSync('/proc/stat');

/** [ppid, user + system seconds] of a live process, or undefined. */
function stat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state, ppid, … utime (14), stime (15).
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return [Number(f[1]), (Number(f[11]) + Number(f[12])) / TICKS];
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by `pid` and its live children (nginx's workers), or undefined. */
export function cpuSeconds(pid) {
  if (!linux || !pid) return undefined;
  let total = stat(pid)?.[1];
  if (total === undefined) return undefined;
  for (const child of readdirSync('/proc')) {
    const s = /^\d+$/.test(child) ? stat(child) : undefined;
    if (s?.[0] === pid) total += s[1];
  }
  return total;
}

/** Seconds of all cores so far: { busy, all }, or undefined. */
export function machineSeconds() {
  if (!linux) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const all = user + nice + system + idle + iowait + irq + softirq + steal;
  return { busy: (all - idle - iowait) / TICKS, all: all / TICKS };
}
