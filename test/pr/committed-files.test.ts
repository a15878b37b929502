import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileType, isNamesFile, isPrivateFile, isRepositoryFileType } from '../../src/pr/committed-files.ts';

describe('files that must never be committed', () => {
  it('finds a private folder at any depth, not a file named private', () => {
    expect(['private/names.csv', 'content/private/a.yaml', 'Private/x.pdf'].map(isPrivateFile)).toEqual([true, true, true]);
    expect(['private.md', 'docs/privacy.md', 'src/private-data.ts'].map(isPrivateFile)).toEqual([false, false, false]);
  });

  it('finds names files by name and data extension', () => {
    expect(['names.csv', 'certificates/2027-names.xlsx', 'full_names.json', 'имена.csv', 'ФИО.xlsx', 'аты-жөні.csv', 'name.txt'].map(isNamesFile)).toEqual([true, true, true, true, true, true, true]);
    expect(['rename.ts', 'names.ts', 'surnames-guide.md', 'content/movement.yaml', 'docs/names.md'].map(isNamesFile)).toEqual([false, false, false, false, false]);
  });
});

describe('data files and the repository file types', () => {
  it('finds tables, documents, PDFs, archives and backups whatever their name', () => {
    expect(['участники.csv', 'a/b.TSV', 'x.xls', 'x.xlsx', 'x.ods', 'x.zip', 'x.7z', 'x.rar', 'roster.yaml.bak', 'order.pdf', 'letter.docx', 'list.xlsx.txt', 'region.yaml~'].map(dataFileType)).toEqual(['csv', 'tsv', 'xls', 'xlsx', 'ods', 'zip', '7z', 'rar', 'bak', 'pdf', 'docx', 'xlsx', '~']);
    expect(['content/movement.yaml', 'src/pr/rules.ts', 'vitest.e2e.config.ts', 'docs/key-dates.md', 'content/events/2027/sql-club.mdx'].map(dataFileType)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it("accepts every file the project itself tracks, and refuses unknown types", () => {
    const root = join(import.meta.dirname, '../..');
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root }).toString().split('\0').filter(Boolean);
    expect(tracked.length).toBeGreaterThan(100);
    expect(tracked.filter((path) => dataFileType(path) || isNamesFile(path) || isPrivateFile(path) || !isRepositoryFileType(path))).toEqual([]);
    expect(['tool.exe', 'notes.txt', 'roster', 'payload.html'].map(isRepositoryFileType)).toEqual([false, false, false, false]);
    expect(['.gitignore', '.github/CODEOWNERS', 'public/favicon.svg', 'src/fonts/a.woff2'].map(isRepositoryFileType)).toEqual([true, true, true, true]);
  });
});
