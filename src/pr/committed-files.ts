/**
 * Files that must never be in the repository, whatever their content: anything under a
 * `private/` folder (where certificates' full names live on a coordinator's computer), names
 * files (the `--names FILE` of `certificates`), recognised by name and data extension, and
 * files of the types children's data travels in (spreadsheets, tables, office documents, PDFs,
 * archives, backups), whatever their name: `участники.csv`, `список.xlsx`, `2027.zip`.
 * A pull request may besides add or change only the file types the repository holds
 * (content, code, docs, site assets): anything else is refused too, so a new export format
 * cannot slip past the list above.
 */

const DATA_EXTENSIONS = /\.(csv|tsv|txt|xlsx?|ods|json|ya?ml)$/i;
/** `names.csv`, `2027-names.xlsx`, `certificate_names.json`, `имена.csv`, `fio.csv`, `аты-жөні.xlsx`, `участники.json`. */
const NAMES_WORD = /(^|[-_. ])(names?|full-?names?|fio|имена|фио|аты-?жөні|участники|қатысушылар|ученики|оқушылар|дети|балалар)([-_. ]|$)/i;

/**
 * Types that hold tables, documents or other files: where a list of children ends up when it
 * leaves a spreadsheet. Never committed, under any name, anywhere in the repository.
 */
const PRIVATE_DATA_TYPES = new Set([
  // tables and spreadsheets
  'csv', 'tsv', 'tab', 'xls', 'xlsx', 'xlsm', 'xlsb', 'xlt', 'xltx', 'ods', 'fods', 'numbers', 'dbf',
  // office documents and PDFs
  'pdf', 'doc', 'docx', 'docm', 'dot', 'dotx', 'odt', 'fodt', 'rtf', 'pages', 'ppt', 'pptx', 'odp', 'key',
  // archives
  'zip', '7z', 'rar', 'tar', 'gz', 'tgz', 'bz2', 'tbz2', 'xz', 'txz', 'zst', 'lz', 'lzma', 'cab', 'arj', 'iso',
  // backups and editor leftovers
  'bak', 'backup', 'old', 'orig', 'tmp', 'swp', 'swo',
  // databases, contacts, mail
  'db', 'sqlite', 'sqlite3', 'mdb', 'accdb', 'sql', 'vcf', 'eml', 'msg',
]);

/**
 * What a pull request may add or change anywhere in the repository: content (YAML, Markdown,
 * MDX), code, configuration, docs and the site's own assets. Everything the project tracks today
 * is one of these (a test checks the project's own files).
 */
const REPOSITORY_TYPES = new Set([
  'yaml', 'yml', 'md', 'mdx', 'json', 'ts', 'mts', 'cts', 'js', 'mjs', 'cjs', 'astro', 'css',
  'svg', 'png', 'jpg', 'jpeg', 'webp', 'avif', 'gif', 'ico', 'woff', 'woff2', 'ttf', 'otf',
]);
/** Files without a type the repository holds by name. */
const REPOSITORY_NAMES = new Set(['codeowners', 'license', 'notice']);

/** True for any path with a `private` folder in it (from the repository root, forward slashes). */
export function isPrivateFile(path: string): boolean {
  return path.split('/').slice(0, -1).some((part) => part.toLowerCase() === 'private');
}

/** True for a data file whose name says it holds names. */
export function isNamesFile(path: string): boolean {
  const name = path.split('/').at(-1) ?? '';
  return DATA_EXTENSIONS.test(name) && NAMES_WORD.test(name.replace(DATA_EXTENSIONS, ''));
}

/** A file's type: its extension in lower case (`xlsx`), or '' for a name without one. */
export function fileType(path: string): string {
  const name = path.split('/').at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/**
 * The data type of a spreadsheet, table, document, PDF, archive or backup (`csv` for
 * `участники.csv`), whatever its name; undefined for any other file. Every dotted part counts:
 * `список.xlsx.txt` and `backup.zip.md` are still a spreadsheet and an archive.
 */
export function dataFileType(path: string): string | undefined {
  const name = (path.split('/').at(-1) ?? '').toLowerCase();
  if (name.endsWith('~')) return '~';
  return name.split('.').slice(1).reverse().find((part) => PRIVATE_DATA_TYPES.has(part));
}

/**
 * True for a file of a type the repository holds (content, code, docs, assets). Dotfiles and
 * dot-folders (`.gitignore`, `.github/`) are tool configuration, checked by their own tools.
 */
export function isRepositoryFileType(path: string): boolean {
  if (path.split('/').some((part) => part.startsWith('.'))) return true;
  const name = (path.split('/').at(-1) ?? '').toLowerCase();
  const type = fileType(name);
  return type ? REPOSITORY_TYPES.has(type) : REPOSITORY_NAMES.has(name);
}
