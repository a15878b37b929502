/**
 * Reading the content tree of another commit (the pull request's base) without touching the
 * working tree: one `git ls-tree` for the names and one `git cat-file --batch` for every blob,
 * so the national dataset's 5,000 files cost two processes, not 5,000. The files get the same
 * display paths as the working tree's, so a finding on a base file points where people look.
 */
import { execFileSync } from 'node:child_process';
import { isIgnored } from '../content/layout.ts';
import { readSourceFile, type ContentTree } from '../content/load.ts';

const MAX_BUFFER = 1 << 30;

export class GitError extends Error {}

/** Runs git and returns its stdout; a failure becomes a `GitError` carrying git's own message. */
export function git(args: string[], options: { cwd?: string; input?: string } = {}): Buffer {
  try {
    return execFileSync('git', args, { cwd: options.cwd, input: options.input, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new GitError(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

/** The content folder's path inside the repository (e.g. `content/`), found from the working tree. */
export function repositoryPrefix(contentDir: string): { top: string; prefix: string } {
  const top = git(['rev-parse', '--show-toplevel'], { cwd: contentDir }).toString().trim();
  const prefix = git(['rev-parse', '--show-prefix'], { cwd: contentDir }).toString().trim();
  return { top, prefix };
}

/** Checks that `ref` names a commit; throws a `GitError` saying so otherwise. */
export function resolveCommit(ref: string, cwd: string): string {
  return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd }).toString().trim();
}

/** The content tree as it is at `ref`, parsed like `loadContent(contentDir)` parses the working tree. */
export function loadContentAt(ref: string, contentDir: string): ContentTree {
  const { top, prefix } = repositoryPrefix(contentDir);
  const commit = resolveCommit(ref, top);
  const listing = git(['ls-tree', '-r', '-z', '--full-name', commit, '--', prefix || '.'], { cwd: top }).toString();
  const blobs: { relative: string; id: string }[] = [];
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!match || match[1] === '120000') continue;
    const relative = match[3]!.slice(prefix.length);
    if (!isIgnored(relative)) blobs.push({ relative, id: match[2]! });
  }
  blobs.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  const texts = readBlobs(blobs.map((b) => b.id), top);
  return { root: contentDir, files: blobs.map((blob, i) => readSourceFile(contentDir, blob.relative, texts[i]!)) };
}

/** Every file git tracks in the working tree's index (paths from the repository root). */
export function trackedFiles(cwd: string): string[] {
  return git(['ls-files', '-z'], { cwd }).toString().split('\0').filter(Boolean);
}

/** Reads blobs in one `git cat-file --batch` run: `<id> blob <size>\n<bytes>\n` per blob. */
function readBlobs(ids: string[], cwd: string): string[] {
  if (ids.length === 0) return [];
  const out = git(['cat-file', '--batch'], { cwd, input: `${ids.join('\n')}\n` });
  const texts: string[] = [];
  let at = 0;
  for (const id of ids) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, headerEnd).toString();
    const [gotId, type, size] = header.split(' ');
    if (gotId !== id || type !== 'blob') throw new GitError(`git cat-file: unexpected answer for ${id}: ${header}`);
    const start = headerEnd + 1;
    texts.push(out.subarray(start, start + Number(size)).toString('utf8'));
    at = start + Number(size) + 1;
  }
  return texts;
}
