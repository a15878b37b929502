/**
 * YAML alias bombs (issue 9, 11): a 1.3 KB "billion laughs" file with a birth-date word in a
 * comment hung `validate` and `check:pr` (the value walk was exponential on the alias DAG).
 * Anchors and aliases are refused where every file is parsed, with a located error, and every
 * walk over parsed values visits each object once.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml, YamlSyntaxError } from '../../src/content/yaml.ts';
import { runCheckPr } from '../../src/pr/check.ts';
import { collectStrings, visitStrings } from '../../src/rules/personal-data/values.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { testRepo } from '../pr/git-repo.ts';

/** Nine levels of nine aliases each: 9⁹ (387 million) strings once expanded, in about 1.3 KB. */
function billionLaughs(): string {
  const names = 'abcdefghi';
  const lines = ['# Туған күні: 03.03.2012 — a birth-date word for the scan to chase', `${names[0]}: &${names[0]} [${Array(9).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}
const AWARDS = 'awards/2027.yaml';

describe('YAML anchors and aliases', () => {
  it('are refused by parseYaml at the first anchor, located', () => {
    expect(() => parseYaml('title: ok\nbase: &base { a: 1 }\nother: *base\n')).toThrow(YamlSyntaxError);
    const thrown = (() => {
      try {
        parseYaml('title: ok\nlist: [1, &x 2, *x]\n');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toMatchObject({ message: 'yaml-alias', position: { line: 2, column: 11 } });
    expect(parseYaml('title: "Q&A & more"\n')).toEqual({ title: 'Q&A & more' });
  });

  it('a real 1.3 KB bomb file is a located yaml-alias error for validate, nothing else hangs', () => {
    const bomb = billionLaughs();
    expect(bomb.length).toBeLessThan(1400);
    const tree = fixtureTree();
    tree.write(AWARDS, bomb);
    const problems = tree.validate().filter((p) => p.file === `content/${AWARDS}`);
    expect(problems).toMatchObject([{ rule: 'yaml-alias', severity: 'error', line: 2, column: 4 }]);
  });

  it('and for check:pr on a real repository', async () => {
    const repo = testRepo();
    repo.write(`content/${AWARDS}`, billionLaughs());
    repo.commit('an alias bomb');
    const result = await repo.inside(() => runCheckPr({ base: 'main', contentDir: 'content', now: new Date('2027-03-01T12:00:00+05:00') }));
    expect(result.located.filter((p) => p.file === `content/${AWARDS}`)).toMatchObject([{ rule: 'yaml-alias', line: 2, column: 4 }]);
  });
});

describe('walks over parsed values', () => {
  /** The bomb's shape built in memory: nine levels, each an array holding the level below nine times. */
  function sharedDag(): unknown {
    let level: unknown = Array.from({ length: 9 }, (_, i) => `lol${i}`);
    for (let i = 0; i < 8; i++) level = Array(9).fill(level);
    return { root: level };
  }

  it('visit each object once, so a shared value stays linear', () => {
    const seen: string[] = [];
    visitStrings(sharedDag(), (text) => seen.push(text));
    expect(seen).toHaveLength(9);
    expect(collectStrings(sharedDag())).toHaveLength(9);
  });
});
