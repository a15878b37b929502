/**
 * Real temporary git repositories for the pull-request check: the valid fixture committed as
 * the base on `main`, then the test's change committed on top, as a pull request would be.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { VALID_FIXTURE } from '../helpers/fixture-tree.ts';

export interface TestRepo {
  dir: string;
  git(...args: string[]): string;
  read(path: string): string;
  write(path: string, text: string): void;
  /** Replaces text in a file; throws when `from` is absent, so a test cannot silently test nothing. */
  replace(path: string, from: string | RegExp, to: string): void;
  remove(path: string): void;
  /** Commits everything in the working tree. */
  commit(message: string): void;
  /** Runs `fn` with the repository as the working directory (display paths are `content/...`). */
  inside<T>(fn: () => T | Promise<T>): Promise<T>;
}

/** A repository whose `main` holds the valid fixture under `content/`; HEAD is on branch `change`. */
export function testRepo(): TestRepo {
  const dir = mkdtempSync(join(tmpdir(), 'myn-jasa-pr-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: dir }).toString();
  const repo: TestRepo = {
    dir,
    git,
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    replace: (path, from, to) => {
      const text = repo.read(path);
      const next = text.replace(from, to);
      if (next === text) throw new Error(`test repo: ${String(from)} not found in ${path}`);
      repo.write(path, next);
    },
    remove: (path) => rmSync(join(dir, path)),
    commit: (message) => {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
    },
    inside: async (fn) => {
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        return await fn();
      } finally {
        process.chdir(cwd);
      }
    },
  };
  git('init', '-q', '-b', 'main');
  cpSync(VALID_FIXTURE, join(dir, 'content'), { recursive: true });
  repo.commit('base: the valid fixture');
  git('checkout', '-q', '-b', 'change');
  return repo;
}
