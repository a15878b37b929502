import { describe, expect, it } from 'vitest';
import { isNamesFile, isPrivateFile } from '../../src/pr/committed-files.ts';

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
