/**
 * The content tree of the pull request's base, read from git without touching the working tree.
 * Only the files that differ from the working tree are read from the base commit (one
 * `git diff`, one `git cat-file --batch`); every other file is the working tree's own, already
 * parsed. On the national dataset a one-file pull request so costs one parse, not 5,000.
 */
import { execFileSync } from 'node:child_process';
import { isIgnored } from '../content/layout.ts';
import { readSourceFile, type ContentTree, type SourceFile } from '../content/load.ts';

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

/** The repository's top folder and the content folder's path inside it (e.g. `content/`). */
export function repositoryPrefix(contentDir: string): { top: string; prefix: string } {
  const top = git(['rev-parse', '--show-toplevel'], { cwd: contentDir }).toString().trim();
  const prefix = git(['rev-parse', '--show-prefix'], { cwd: contentDir }).toString().trim();
  return { top, prefix };
}

/**
 * The base tree: `head`'s files where the working tree equals `ref`, the base versions of the
 * others (and none for files the working tree added). `unchanged` holds the files shared with head;
 * `top` is the repository's top folder.
 */
export function loadBaseTree(ref: string, contentDir: string, head: ContentTree): { tree: ContentTree; unchanged: Set<SourceFile>; top: string; commit: string } {
  const { top, prefix } = repositoryPrefix(contentDir);
  const commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top }).toString().trim();
  const scope = ['--', prefix || '.'];
  const changed = new Set(
    [
      ...git(['diff', '--name-only', '-z', '--no-renames', commit, ...scope], { cwd: top }).toString().split('\0'),
      ...git(['ls-files', '-z', '--others', '--exclude-standard', ...scope], { cwd: top }).toString().split('\0'),
    ]
      .filter(Boolean)
      .map((path) => path.slice(prefix.length)),
  );
  const unchanged = new Set(head.files.filter((f) => !changed.has(f.relative)));
  const wanted = [...changed].filter((relative) => !isIgnored(relative)).sort();
  const texts = readBlobs(wanted.map((relative) => `${commit}:${prefix}${relative}`), top);
  const fromBase = wanted.flatMap((relative, i) => (texts[i] === undefined ? [] : [readSourceFile(contentDir, relative, texts[i])]));
  const files = [...unchanged, ...fromBase].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return { tree: { root: contentDir, files }, unchanged, top, commit };
}

/**
 * Every file the pull request touches anywhere in the repository (paths from the top folder):
 * `all` with the deleted ones, `present` without them (what the head holds). Untracked files
 * count, as in the content diff: locally the working tree is the head.
 */
export function changedPaths(top: string, commit: string): { all: string[]; present: string[] } {
  const list = (args: string[]) => git(args, { cwd: top }).toString().split('\0').filter(Boolean);
  const untracked = list(['ls-files', '-z', '--others', '--exclude-standard']);
  const all = [...new Set([...list(['diff', '--name-only', '-z', '--no-renames', commit]), ...untracked])].sort();
  const present = [...new Set([...list(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=d', commit]), ...untracked])].sort();
  return { all, present };
}

/** Every file git tracks in the working tree's index (paths from the repository root). */
export function trackedFiles(cwd: string): string[] {
  return git(['ls-files', '-z'], { cwd }).toString().split('\0').filter(Boolean);
}

/**
 * Reads `<commit>:<path>` objects in one `git cat-file --batch` run; undefined for a path the
 * commit does not have (`<spec> missing`). Answers are `<id> <type> <size>\n<bytes>\n`.
 */
function readBlobs(specs: string[], cwd: string): (string | undefined)[] {
  if (specs.length === 0) return [];
  const out = git(['cat-file', '--batch'], { cwd, input: `${specs.join('\n')}\n` });
  const texts: (string | undefined)[] = [];
  let at = 0;
  for (const spec of specs) {
    const headerEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, headerEnd).toString();
    at = headerEnd + 1;
    if (header.endsWith(' missing')) {
      texts.push(undefined);
      continue;
    }
    const [, type, size] = header.split(' ');
    if (type !== 'blob') throw new GitError(`git cat-file: ${spec} is a ${type}`);
    texts.push(out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}
