/** Timing a command as a user meets it: a fresh process, wall time and peak memory. */
import { spawnSync } from 'node:child_process';

/** Prints the child's peak resident memory on exit, without touching the command itself. */
const REPORT_RSS = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\n@@maxrss '+process.resourceUsage().maxRSS+'\\n'))`;

export interface Run {
  ms: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
}

/** Runs a TypeScript entry point on this Node (the project's Node 24), with `nodeOptions` if any, and measures it. */
export function measureScript(script: string, args: string[], nodeOptions: string[] = []): Run {
  const started = performance.now();
  const child = spawnSync(process.execPath, [...nodeOptions, '--import', REPORT_RSS, script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  // The hook runs in every worker thread too, each printing the process's peak so far when it ends: the last (largest) is the process's.
  const peaks = [...child.stderr.matchAll(/@@maxrss (\d+)/g)].map((m) => Number(m[1]));
  const rssKb = peaks.length > 0 ? Math.max(...peaks) : NaN;
  return { ms, maxRssMb: rssKb / 1024, status: child.status, stdout: child.stdout };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
