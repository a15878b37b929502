/**
 * Writes that never leave half a file behind: into a temporary file next to the target, then a
 * rename (atomic on one file system). A build killed mid-way leaves old or new files, never torn ones.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function temporaryName(path: string): string {
  return `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** Folders this process has already made (a build puts thousands of files into each few folders). */
const madeFolders = new Set<string>();

/**
 * Runs `write` (which creates `path`) once its folder exists. The folder is made once per process;
 * if it has gone since (a test or a build removed it), it is made again and `write` retried.
 */
function inFolder<T>(path: string, write: () => T): T {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  try {
    return write();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(folder, { recursive: true });
    return write();
  }
}

/** Writes `bytes` to `path` atomically, creating its folder. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temporary = temporaryName(path);
  inFolder(path, () => writeFileSync(temporary, bytes));
  renameSync(temporary, path);
}

/** Copies `from` to `to` atomically, creating the target folder. */
export function copyFileAtomic(from: string, to: string): void {
  const temporary = temporaryName(to);
  inFolder(to, () => copyFileSync(from, temporary));
  renameSync(temporary, to);
}

/**
 * Puts the file `from` at `to` as a hard link (one system call, no bytes copied: a build with
 * nothing changed places 12,000 cached cards), replacing `to` atomically if it exists. Falls back
 * to a copy where links are not possible (the cache on another file system, a file system
 * without links). Safe because nothing ever writes into a card file in place: every write is a
 * new file renamed over the old name, so the cache's copy never changes through the link.
 */
export function linkFileAtomic(from: string, to: string): void {
  try {
    inFolder(to, () => linkSync(from, to));
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw error;
    if (code === 'EEXIST') {
      const [source, target] = [statSync(from), statSync(to)];
      if (source.ino === target.ino && source.dev === target.dev) return;
      const temporary = temporaryName(to);
      try {
        linkSync(from, temporary);
        renameSync(temporary, to);
        return;
      } catch {
        // Falls back to a copy below.
      } finally {
        // A rename onto another link of the same file does nothing and leaves the temporary name.
        rmSync(temporary, { force: true });
      }
    }
  }
  copyFileAtomic(from, to);
}
