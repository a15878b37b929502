import { describe, expect, it } from 'vitest';
import { fixtureTree } from '../helpers/fixture-tree.ts';

describe('the valid fixture', () => {
  it('has no problems at all', () => {
    expect(fixtureTree().validate()).toEqual([]);
  });
});

describe('schema family', () => {
  it('reports an unknown key at the key, with the file and line', () => {
    const tree = fixtureTree();
    tree.replace('representations/ulytau/region.yaml', 'heads: [karazhal]', 'hedas: [karazhal]');
    const problems = tree.validate().filter((p) => p.rule === 'schema-unknown-key');
    expect(problems).toMatchObject([{ file: 'content/representations/ulytau/region.yaml', line: 13, severity: 'error', params: { key: 'hedas' } }]);
  });

  it('reports a wrong enum value at the value', () => {
    const tree = fixtureTree();
    tree.replace('events/2027/test-reading.mdx', 'format: online', 'format: zoom');
    expect(tree.validate()).toMatchObject([{ rule: 'schema-enum', file: 'content/events/2027/test-reading.mdx', line: 6, column: 9 }]);
  });

  it('reports a missing required field at its parent', () => {
    const tree = fixtureTree();
    tree.replace('events/2027/test-reading.mdx', 'lang: kk\n', '');
    expect(tree.validate()).toMatchObject([{ rule: 'schema-required', line: 2, params: { field: 'lang' } }]);
  });

  it('reports broken YAML as a located error, not a crash', () => {
    const tree = fixtureTree();
    tree.write('movement.yaml', 'season: 2027\ntopics: [\n');
    expect(tree.validate()).toMatchObject([{ rule: 'yaml-syntax', file: 'content/movement.yaml', line: 3 }]);
  });

  it('catches a date that js-yaml would silently roll over', () => {
    const tree = fixtureTree();
    tree.replace('awards/2027.yaml', 'date: 2027-06-20', 'date: 2027-02-30');
    expect(tree.validate()).toMatchObject([{ rule: 'date-invalid', file: 'content/awards/2027.yaml', line: 6, column: 9 }]);
  });

  it('catches a date-time without its offset', () => {
    const tree = fixtureTree();
    tree.replace('events/2027/test-reading.mdx', 'start: 2027-06-12T15:00:00+05:00', 'start: 2027-06-12T15:00:00');
    // Read as UTC, the start also falls after the end: both are reported.
    expect(tree.validate().filter((p) => p.rule === 'datetime-offset')).toMatchObject([{ line: 4, column: 8 }]);
  });

  it('warns when a text lacks its Russian version', () => {
    const tree = fixtureTree();
    tree.replace('awards/2027.yaml', ', ru: За активное лидерство', '');
    expect(tree.validate()).toMatchObject([{ rule: 'locale-missing', severity: 'warning', line: 4, params: { locale: 'ru' } }]);
    // An event's title and summary have their own rule, which check:pr makes an error for a new event.
    const event = fixtureTree();
    event.replace('events/2027/test-reading.mdx', ', ru: "Онлайн-вечер чтения."', '');
    expect(event.validate()).toMatchObject([{ rule: 'event-translation-missing', severity: 'warning', line: 3, params: { locale: 'ru' } }]);
  });

  it('flags a file in the wrong place', () => {
    const tree = fixtureTree();
    tree.write('events/2027/Reading Night.mdx', tree.read('events/2027/test-reading.mdx'));
    expect(tree.validate()).toMatchObject([{ rule: 'file-unexpected', file: 'content/events/2027/Reading Night.mdx' }]);
  });
});
