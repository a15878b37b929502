/**
 * The private names file: a CSV `member_id,full_name` kept outside the repository, read only by
 * `npm run certificates` to print full names on paper. The site build never reads it. A file
 * inside a repository (or under a `dist/` folder) is refused before it is even opened: whatever
 * lies there can be committed or published.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CERTIFICATE_MESSAGES, CertificateError } from '../i18n/certificates.ts';

/** This project's own repository: never a place for children's full names. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The nearest folder at or above `path` that holds a `.git`, or undefined. */
export function repositoryRoot(path: string): string | undefined {
  let dir = resolve(path);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isWithin(path: string, folder: string): boolean {
  const f = folder.endsWith(sep) ? folder : folder + sep;
  return path === folder || path.startsWith(f);
}

/** Every spelling of a path: as given and with symbolic links resolved. */
function spellings(path: string): string[] {
  const absolute = resolve(path);
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // A path that does not exist yet (an output folder) is checked as given.
  }
  return [...new Set([absolute, real])];
}

/** The repositories a path must stay out of: this project's, and the ones holding `places`. */
export function protectedRepositories(places: string[]): string[] {
  const roots = [PROJECT_ROOT, ...places.map(repositoryRoot)].filter((root): root is string => Boolean(root));
  return [...new Set(roots.flatMap(spellings))];
}

/** True when `path` lies inside one of `repositories`. */
export function insideRepository(path: string, repositories: string[]): boolean {
  return spellings(path).some((p) => repositories.some((root) => isWithin(p, root)));
}

/** Refuses a names file in a repository or under a `dist/` folder; throws a kk/ru message. */
export function assertPrivateLocation(namesFile: string, repositories: string[]): void {
  if (insideRepository(namesFile, repositories)) throw new CertificateError(CERTIFICATE_MESSAGES.namesInRepository(namesFile));
  if (spellings(namesFile).some((p) => p.split(sep).includes('dist'))) throw new CertificateError(CERTIFICATE_MESSAGES.namesInDist(namesFile));
}

/** Splits one CSV line (RFC 4180 quoting: `"Ли, Анна"`, `""` for a quote). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** Reads the names file (after the location check): member id → full name. */
export function readNamesFile(namesFile: string, repositories: string[]): Map<string, string> {
  assertPrivateLocation(namesFile, repositories);
  const names = new Map<string, string>();
  const lines = readFileSync(namesFile, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const [id, name, ...rest] = csvFields(line);
    if (index === 0 && id === 'member_id') return;
    if (!id || !name || rest.some(Boolean)) throw new CertificateError(CERTIFICATE_MESSAGES.namesBadLine(namesFile, index + 1));
    names.set(id, name);
  });
  return names;
}
