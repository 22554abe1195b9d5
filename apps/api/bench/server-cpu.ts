import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const MS_PER_TICK = 10;

interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** utime + stime, and cutime + cstime (children already waited for), in ticks. */
  readonly own: number;
  readonly children: number;
}

function procStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may contain spaces.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const at = (i: number) => Number(fields[i] ?? 0);
    return { pid: Number(pid), ppid: at(1), own: at(11) + at(12), children: at(13) + at(14) };
  } catch {
    return undefined;
  }
}

/**
 * CPU time (ms) a PostgreSQL server has used so far: the postmaster, its live children (backends, WAL writer,
 * checkpointer…) and the children it has reaped. Undefined where /proc is not available.
 */
export function serverCpuMs(postmasterPid: number | undefined): number | undefined {
  if (postmasterPid === undefined) return undefined;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const entry of entries) {
    const stat = procStat(entry);
    if (stat?.pid === postmasterPid) ticks += stat.own + stat.children;
    else if (stat?.ppid === postmasterPid) ticks += stat.own;
  }
  return ticks * MS_PER_TICK;
}
