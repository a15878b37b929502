/**
 * Real temporary git repositories for the pull-request check: the valid fixture committed as
 * the base on `main`, then the test's change committed on top, as a pull request would be.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileEditor, VALID_FIXTURE, type FileEditor } from '../helpers/fixture-tree.ts';

export interface TestRepo extends FileEditor {
  dir: string;
  git(...args: string[]): string;
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
    ...fileEditor(dir, 'test repo'),
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
