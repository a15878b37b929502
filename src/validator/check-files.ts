/**
 * The per-file half of validation: read, parse (js-yaml, as the build does), schema, and the
 * families that look at one file at a time. The whole-content families run after, on the result.
 */
import { readSourceFile, type ContentEntry, type SourceFile } from '../content/load.ts';
import { FAMILIES } from '../rules/index.ts';
import { parseFile, type ParsedFile } from '../rules/schema.ts';
import type { FileCheckContext } from '../rules/types.ts';

export function checkSourceFile(file: SourceFile, context: FileCheckContext): ParsedFile {
  const result = parseFile(file);
  for (const family of FAMILIES) if (family.checkFile) result.findings.push(...family.checkFile(file, context));
  return result;
}

export function checkFile(root: string, entry: ContentEntry, context: FileCheckContext): ParsedFile {
  return checkSourceFile(readSourceFile(root, entry.path, undefined, entry.type), context);
}
