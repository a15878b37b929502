import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../src/validator/validate.ts';
import { fixtureTree, type FixtureTree } from '../helpers/fixture-tree.ts';

const EVENT = 'events/2027/test-reading.mdx';
const REGION = 'representations/ulytau/region.yaml';
const UNIT = 'representations/ulytau/zhezkazgan.yaml';
const AWARDS = 'awards/2027.yaml';
// Invented, clearly fake values: the IIN's check digit is computed (see test/privacy/iin.test.ts).
const FAKE_IIN = '870412300129';
const FAKE_PHONE = '+7 701 000 00 00';

const personal = (tree: FixtureTree) => tree.validate().filter((p) => p.rule.startsWith('personal-') || p.rule === 'member-name-consent');

/** 1-based line and column of the first occurrence of `needle` in a fixture file. */
function where(tree: FixtureTree, path: string, needle: string) {
  const lines = tree.read(path).split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line === -1) throw new Error(`${needle} not in ${path}`);
  return { file: `content/${path}`, line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

/** Every language's message, to check that none repeats the value. */
const messages = (problems: ReturnType<FixtureTree['validate']>) => problems.flatMap((p) => (['kk', 'ru', 'en'] as const).map((l) => renderProblem(p, l).message));

describe('personal data: the valid fixture', () => {
  it('has none, although its curator block has a phone and an e-mail', () => {
    const tree = fixtureTree();
    expect(tree.read(REGION)).toMatch(/curator:[\s\S]*email:[\s\S]*phone:/);
    expect(personal(tree)).toEqual([]);
  });
});

describe('personal-iin', () => {
  it('reports an IIN in an event body at its line and column, without repeating it', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Жетекшінің ЖСН: ${FAKE_IIN}.\n\nБіз бірге`);
    const problems = personal(tree);
    expect(problems).toMatchObject([{ rule: 'personal-iin', severity: 'error', ...where(tree, EVENT, FAKE_IIN) }]);
    expect(JSON.stringify(problems)).not.toContain(FAKE_IIN);
    for (const message of messages(problems)) expect(message).not.toContain(FAKE_IIN);
  });

  it('reports an IIN in a YAML value, in a comment, and even inside the curator block', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, 'Белсенді көшбасшылық үшін', `Белсенді көшбасшылық үшін ${FAKE_IIN}`);
    tree.replace(UNIT, 'rural:', `# ${FAKE_IIN.slice(0, 6)}${FAKE_IIN.slice(6)} — Камиланың ЖСН\nrural:`);
    tree.replace(REGION, 'curator:\n', `curator:\n  # ${FAKE_IIN}\n`);
    expect(personal(tree)).toMatchObject([
      { rule: 'personal-iin', ...where(tree, AWARDS, FAKE_IIN) },
      { rule: 'personal-iin', ...where(tree, REGION, FAKE_IIN) },
      { rule: 'personal-iin', ...where(tree, UNIT, FAKE_IIN) },
    ]);
  });

  it('does not report 12-digit look-alikes: a failed checksum, month 13, century digit 7', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', 'Бұйрық 870412300120, код 871312300129, нөмір 870412700129. Біз бірге');
    expect(personal(tree)).toEqual([]);
  });
});

describe('personal-phone', () => {
  it('reports a phone in a body and in a YAML value, but not the curator’s', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Сұрақтар: 8 (701) 000-00-00.\n\nБіз бірге`);
    tree.replace(REGION, 'ru: Управление образования области Ұлытау }', `ru: "Управление образования, ${FAKE_PHONE}" }`);
    expect(personal(tree)).toMatchObject([
      { rule: 'personal-phone', severity: 'error', ...where(tree, EVENT, '8 (701)') },
      { rule: 'personal-phone', severity: 'error', ...where(tree, REGION, FAKE_PHONE) },
    ]);
  });

  it('does not report dates, KATO codes, counts or order numbers', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', '2027-06-12 күні 8 сынып, 800 оқушы, ӘАОЖ 621039000, бұйрық № 8-7011234. Біз бірге');
    expect(personal(tree)).toEqual([]);
  });
});

describe('personal-email', () => {
  it('reports an e-mail outside the curator block, without repeating it', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, 'За активное лидерство', 'За активное лидерство, пишите aru.test@mail.example.kz');
    const problems = personal(tree);
    expect(problems).toMatchObject([{ rule: 'personal-email', ...where(tree, AWARDS, 'aru.test@') }]);
    for (const message of messages(problems)) expect(message).not.toContain('aru.test');
  });

  it('leaves GitHub handles alone', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'maintainers: ["@myn-jasa/ulytau"]', 'maintainers: ["@myn-jasa/ulytau", "@test-user"]');
    expect(personal(tree)).toEqual([]);
  });
});

describe('personal-birthdate', () => {
  it('reports a birth date in a body at the date', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', 'Ару 2013 жылы 12 мамырда туған. Біз бірге');
    expect(personal(tree)).toMatchObject([{ rule: 'personal-birthdate', ...where(tree, EVENT, '2013 жылы') }]);
  });

  it('reports a birth date in a YAML value at the date, with the value’s path', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, 'За активное лидерство', 'За активное лидерство (родилась 03.03.2012)');
    const value = where(tree, AWARDS, '03.03.2012');
    expect(personal(tree)).toMatchObject([{ rule: 'personal-birthdate', file: value.file, line: value.line, column: value.column, params: { path: '[0].reason.ru' } }]);
  });

  it('does not take «туған жер» (native land) or this season’s dates for birth dates', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', '«Туған жер» апталығы 12.06.2019 басталды. Туған күн кеші 2026 жылы 5 мамырда өтті. Біз бірге');
    expect(personal(tree)).toEqual([]);
  });
});

describe('personal-address', () => {
  it('warns about an address in a body and in an award reason', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', 'Жиналатын жер: Абай көшесі, 12. Біз бірге');
    tree.replace(AWARDS, 'За активное лидерство', '"За помощь соседям: ул. Абая, д. 5"');
    const reason = where(tree, AWARDS, 'д. 5');
    expect(personal(tree)).toMatchObject([
      { rule: 'personal-address', severity: 'warning', file: reason.file, line: reason.line, column: reason.column },
      { rule: 'personal-address', severity: 'warning', ...where(tree, EVENT, 'көшесі') },
    ]);
  });

  it('leaves the event venue field, clubs and initials alone', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'lang: kk', 'place: { kk: "Абай көшесі, 12", ru: "ул. Абая, 12" }\nlang: kk');
    tree.replace(EVENT, 'Біз бірге', 'Ару Д. 9 сыныпта оқиды, 5 үйірмеге барады. Біз бірге');
    expect(personal(tree)).toEqual([]);
  });
});

describe('member-name-consent', () => {
  it('reports a full name when consent allows only the initial, at the name, without repeating it', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'name: Ару А.,', 'name: Ару Асқарқызы,');
    const problems = personal(tree);
    expect(problems).toMatchObject([{ rule: 'member-name-consent', ...where(tree, REGION, 'Ару Асқарқызы'), params: { path: 'members[0].name', form: 'initial' } }]);
    for (const message of messages(problems)) expect(message).not.toContain('Асқарқызы');
  });

  it('reports an initial when consent is full, and a bare given name when hidden', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'name: Ерлан Тестов,', 'name: Ерлан Т.,');
    tree.replace(REGION, 'name: Дана Д.,', 'name: Дана,');
    expect(personal(tree)).toMatchObject([
      { rule: 'member-name-consent', ...where(tree, REGION, 'Дана,'), params: { form: 'hidden' } },
      { rule: 'member-name-consent', ...where(tree, REGION, 'Ерлан Т.'), params: { form: 'full' } },
    ]);
  });

  it('checks unit and rural members too', () => {
    const tree = fixtureTree();
    tree.replace(UNIT, 'name: Камила К.,', 'name: Камила Кенжебаева,');
    tree.replace(UNIT, 'name: Ләлә Л.,', 'name: ләлә л,');
    expect(personal(tree)).toMatchObject([
      { rule: 'member-name-consent', ...where(tree, UNIT, 'Камила Кенжебаева'), params: { path: 'members[1].name' } },
      { rule: 'member-name-consent', ...where(tree, UNIT, 'ләлә л'), params: { path: 'rural[0].members[0].name' } },
    ]);
  });

  it('accepts hyphenated and Latin names in the allowed forms', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'name: Ерлан Тестов,', 'name: Әли-Хан Тестов-Сынақов,');
    tree.replace(REGION, 'name: Бек Б.,', 'name: Zhanna Zh.,');
    expect(personal(tree)).toEqual([]);
  });
});
