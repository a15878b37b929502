/** Schema-family rules not covered by schema.test.ts, each on the valid fixture with one change. */
import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const EVENT = 'events/2027/test-reading.mdx';
const FILE = `content/${EVENT}`;

describe('schema family: more of its rules', () => {
  it('reports an event file without frontmatter on line 1', () => {
    const tree = fixtureTree();
    tree.write(EVENT, 'Біз бірге кітап оқимыз.\n');
    expect(tree.validate().filter((p) => p.rule !== 'award-event-unknown')).toMatchObject([{ rule: 'frontmatter-missing', file: FILE, line: 1, column: 1 }]);
  });

  it('reports a link that is not https', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'url: "https://zoom.example.kz/j/1"', 'url: "http://zoom.example.kz/j/1"');
    expect(tree.validate()).toMatchObject([{ rule: 'schema-format', file: FILE, line: 7, column: 32, params: { path: 'online.url', format: 'https' } }]);
  });

  it('reports a number beyond its bound', () => {
    const tree = fixtureTree();
    tree.replace('representations/ulytau/region.yaml', 'grade: 11', 'grade: 12');
    expect(tree.validate()).toMatchObject([{ rule: 'schema-range', line: 16, params: { path: 'members[4].grade', bound: 11, direction: 'max' } }]);
  });

  it('reports a range written backwards', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'grades: [5, 11]', 'grades: [11, 5]');
    expect(tree.validate()).toMatchObject([{ rule: 'schema-range-order', file: FILE, line: 9, params: { path: 'audience.grades' } }]);
  });

  it('reports a text with no language at all', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'title: { kk: "Сынақ оқу кеші", ru: "Тестовый вечер чтения" }', 'title: {}');
    expect(tree.validate()).toMatchObject([{ rule: 'locale-empty', file: FILE, line: 2, params: { path: 'title' } }]);
  });

  it('reports a summary longer than a card can hold', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'kk: "Онлайн кітап оқу кеші."', `kk: "${'Кітап оқу кеші. '.repeat(13)}"`);
    expect(tree.validate()).toMatchObject([{ rule: 'summary-too-long', file: FILE, line: 3, params: { path: 'summary', max: 200 } }]);
  });
});
