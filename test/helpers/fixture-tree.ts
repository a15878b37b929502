/**
 * Fixture trees for rule tests: a copy of `test/fixtures/valid/` in a temp dir, changed by the
 * test (edit a file's text, add or remove files), then loaded and validated like real content.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { validateTree } from '../../src/validator/validate.ts';

export const VALID_FIXTURE = join(import.meta.dirname, '../fixtures/valid');
/** Before every deadline of the fixture's season 2027. */
export const BEFORE_DEADLINES = new Date('2027-03-01T12:00:00+05:00');

/** Edits files under one folder by relative path. */
export interface FileEditor {
  read(path: string): string;
  /** Writes a file, creating its folders. */
  write(path: string, text: string): void;
  /** Replaces `from` with `to` in a file; throws when `from` is absent, so a test cannot silently test nothing. */
  replace(path: string, from: string | RegExp, to: string): void;
  remove(path: string): void;
}

/** A FileEditor for `folder`; `label` starts the error when a replacement finds nothing. */
export function fileEditor(folder: string, label: string): FileEditor {
  const read = (path: string) => readFileSync(join(folder, path), 'utf8');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  };
  return {
    read,
    write,
    replace: (path, from, to) => {
      const text = read(path);
      const next = text.replace(from, to);
      if (next === text) throw new Error(`${label}: ${String(from)} not found in ${path}`);
      write(path, next);
    },
    remove: (path) => rmSync(join(folder, path)),
  };
}

export interface FixtureTree extends FileEditor {
  root: string;
  /** Validates the tree; the problems carry file paths relative to the content root's parent. */
  validate(now?: Date): ReturnType<typeof validateTree>['problems'];
}

export function fixtureTree(source = VALID_FIXTURE): FixtureTree {
  const root = join(mkdtempSync(join(tmpdir(), 'myn-jasa-')), 'content');
  cpSync(source, root, { recursive: true });
  return {
    root,
    ...fileEditor(root, 'fixture'),
    validate: (now = BEFORE_DEADLINES) => {
      const cwd = process.cwd();
      process.chdir(dirname(root));
      try {
        return validateTree(loadContent('content'), { now }).problems;
      } finally {
        process.chdir(cwd);
      }
    },
  };
}
