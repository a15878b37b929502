/**
 * Writes that never leave half a file behind: into a temporary file next to the target, then a
 * rename (atomic on one file system). A build killed mid-way leaves old or new files, never torn ones.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function temporaryName(path: string): string {
  return `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
}

/** Writes `bytes` to `path` atomically, creating its folder. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = temporaryName(path);
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** Copies `from` to `to` atomically, creating the target folder. */
export function copyFileAtomic(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const temporary = temporaryName(to);
  copyFileSync(from, temporary);
  renameSync(temporary, to);
}
