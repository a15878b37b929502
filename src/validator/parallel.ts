/**
 * Checks a content tree's files on every core. Parsing YAML is most of validate's time on the
 * national dataset (≈ 1 s of js-yaml for 12.6 MB), so the files are split by size between the
 * main thread and `availableParallelism() - 1` workers. Small trees stay on one thread, where a
 * worker's start-up would cost more than it saves.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from '../content/load.ts';
import type { ParsedFile } from '../rules/schema.ts';
import type { FileCheckContext, Finding } from '../rules/types.ts';
import { checkFile } from './check-files.ts';

export interface WorkerTask {
  root: string;
  paths: string[];
  now: Date;
}

/** A ParsedFile as it crosses threads: findings refer to their file implicitly. */
export interface TransferableResult {
  file: SourceFile;
  parsed: unknown;
  findings: Omit<Finding, 'file'>[];
}

export function toTransferable({ file, parsed, findings }: ParsedFile): TransferableResult {
  return { file, parsed, findings: findings.map(({ file: _file, ...rest }) => rest) };
}

function fromTransferable({ file, parsed, findings }: TransferableResult): ParsedFile {
  return { file, parsed, findings: findings.map((finding) => ({ ...finding, file })) };
}

export interface ParallelOptions {
  threads?: number;
  /** Below this many bytes a tree is checked on the main thread alone (default 2 MB). */
  minBytes?: number;
}

export async function checkFilesInParallel(root: string, paths: string[], context: FileCheckContext, options: ParallelOptions = {}): Promise<ParsedFile[]> {
  const { threads = availableParallelism(), minBytes = 2_000_000 } = options;
  const sizes = paths.map((path) => statSync(join(root, path)).size);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (threads < 2 || total < minBytes) return paths.map((path) => checkFile(root, path, context));
  const shares = splitBySize(paths, sizes, threads);
  const [own, ...others] = shares;
  const pending = others.map(
    (share) =>
      new Promise<TransferableResult[]>((resolve, reject) => {
        const worker = new Worker(new URL('./check-files-worker.ts', import.meta.url), { workerData: { root, paths: share, now: context.now } satisfies WorkerTask });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  const mine = own!.map((path) => checkFile(root, path, context));
  const theirs = (await Promise.all(pending)).flat().map(fromTransferable);
  return [...mine, ...theirs];
}

/**
 * Splits the files into `n` shares of about equal bytes, keeping each share's files in order.
 * The first share (the main thread's) is a little smaller: the main thread also starts workers.
 */
function splitBySize(paths: string[], sizes: number[], n: number): string[][] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const shares: string[][] = Array.from({ length: n }, () => []);
  const firstShare = (total / n) * 0.85;
  const restShare = (total - firstShare) / (n - 1);
  let share = 0;
  let filled = 0;
  for (const [i, path] of paths.entries()) {
    const limit = share === 0 ? firstShare : firstShare + restShare * share;
    if (filled >= limit && share < n - 1) share++;
    shares[share]!.push(path);
    filled += sizes[i]!;
  }
  return shares;
}
