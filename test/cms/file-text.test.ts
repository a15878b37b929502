import { describe, expect, it } from 'vitest';
import { KINDS, type FileKind } from '../../src/content/kinds.ts';
import { loadContent, readSourceFile } from '../../src/content/load.ts';
import { frontmatterFileText, readFrontmatterFile, readYamlFile, yamlText } from '../../src/cms/file-text.ts';
import { parseFile } from '../../src/rules/schema.ts';

const tree = loadContent('content');
/** What the editor saves after opening a file and saving it unchanged. */
const resaved = (text: string, kind: FileKind) =>
  KINDS[kind].format === 'frontmatter' ? frontmatterFileText(kind, readFrontmatterFile(kind, text)) : yamlText(kind, readYamlFile(kind, text));

describe('files as the web editor saves them', () => {
  it('every demo file, opened and saved, parses to the same value and passes its schema', () => {
    expect(tree.files.length).toBeGreaterThan(50);
    for (const file of tree.files) {
      // A file that is part of another entry (an event's Russian body) is opened and saved with that
      // entry's format (Sveltia's i18n `multiple_files`): it comes back as its body alone, byte for byte.
      const partOf = (KINDS[file.place!.kind] as { partOf?: FileKind }).partOf;
      if (partOf) {
        expect(resaved(file.text, partOf), file.relative).toBe(file.text.replace(/\n*$/, '\n'));
        expect(resaved(file.text, partOf), file.relative).not.toMatch(/^---/);
        continue;
      }
      const text = resaved(file.text, file.place!.kind);
      const again = readSourceFile('content', file.relative, text);
      const before = parseFile(file);
      const after = parseFile(again);
      expect(after.findings.map((f) => f.rule), file.relative).toEqual(before.findings.map((f) => f.rule));
      expect(after.parsed, file.relative).toEqual(before.parsed);
      if (file.body) expect(again.body?.text, file.relative).toBe(file.body.text);
      // saving twice changes nothing: the format is stable
      expect(resaved(text, file.place!.kind), file.relative).toBe(text);
    }
  });

  it('gives the form a project’s region (for the folder of a new one) and never writes it back', () => {
    const file = tree.files.find((f) => f.relative === 'projects/shymkent/coding-club.mdx')!;
    const value = readFrontmatterFile('project', file.text);
    expect(value['region']).toBe('shymkent'); // from `representation: shymkent/al-farabi`
    const text = frontmatterFileText('project', { ...value, region: 'astana' });
    expect(text).not.toMatch(/region/);
    expect(text).toBe(frontmatterFileText('project', readFrontmatterFile('project', text)));
  });

  it('writes like the scaffolders: schema key order, flow records, unquoted dates in Kazakhstan time', () => {
    const text = yamlText('unit', {
      members: [{ consent: { photo: false, name: 'initial' }, role: 'member', grade: 7, name: 'Аружан Т.', id: 'aruzhan-t', since: '2027-01-10', coordinates: [] }],
      unit: 'sayram',
      region: 'turkistan',
    });
    expect(text).toBe(
      [
        'region: turkistan',
        'unit: sayram',
        'members:',
        '  - id: aruzhan-t',
        '    name: Аружан Т.',
        '    grade: 7',
        '    role: member',
        '    consent: { name: initial, photo: false }',
        '    since: 2027-01-10',
        '',
      ].join('\n'),
    );
    const event = frontmatterFileText('event', { start: '2027-06-12T10:00:00.000Z', end: '2027-06-12T16:30:00+05:00', title: { kk: 'Таза өзен', ru: 'Чистая река', en: '' }, body: 'Мәтін' });
    expect(event).toBe('---\ntitle: { kk: Таза өзен, ru: Чистая река }\nstart: 2027-06-12T15:00:00+05:00\nend: 2027-06-12T16:30:00+05:00\n---\nМәтін\n');
  });
});
