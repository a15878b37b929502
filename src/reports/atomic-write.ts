/**
 * Writes a set of files so that readers see all the new ones or all the old ones: each file is
 * written into a temporary folder inside the target folder (same file system), then renamed
 * over its old version. A failure while writing leaves the previous files untouched.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputFile {
  name: string;
  /** Writes the file's whole content to `path`. */
  write(path: string): Promise<void>;
}

/** Writes `files` into `outDir` atomically (per file, after all were written); returns their paths. */
export async function writeFilesAtomically(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const temp = mkdtempSync(join(outDir, '.writing-'));
  try {
    for (const file of files) await file.write(join(temp, file.name));
    return files.map((file) => {
      const target = join(outDir, file.name);
      renameSync(join(temp, file.name), target);
      return target;
    });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
