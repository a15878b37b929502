/**
 * Timing a long command as a user meets it — a fresh process group, wall time, and the peak of
 * the resident memory of every process in the group together (Astro's workers, sharp's threads
 * and pagefind's own binary included), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface CommandRun {
  ms: number;
  /** The largest sum of the group's resident memory seen (MB); NaN where /proc is unavailable. */
  peakMb: number;
  status: number | null;
  output: string;
}

const PAGE_BYTES = 4096;

/** The resident memory of every process in process group `group` (bytes). */
function groupRss(group: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) total += Number(fields[21]) * PAGE_BYTES;
  }
  return total;
}

/** Runs `command args` with `env` in its own process group; resolves when it exits. */
export function measureCommand(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, sampleMs = 250): Promise<CommandRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    let sampling = true;
    const sample = () => {
      if (!sampling || child.pid === undefined) return;
      try {
        peak = Math.max(peak, groupRss(child.pid));
      } catch {
        peak = NaN;
      }
    };
    const timer = setInterval(sample, sampleMs);
    child.on('close', (status) => {
      sampling = false;
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakMb: peak / 1024 / 1024, status, output });
    });
  });
}
