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

/** The problems of one rule. */
const only = (tree: FixtureTree, rule: string) => tree.validate().filter((p) => p.rule === rule);
/** That no message of `problems`, in any language, holds `secret` (or its digits). */
function expectNoEcho(problems: ReturnType<FixtureTree['validate']>, secret: string) {
  const text = JSON.stringify(problems) + messages(problems).join('\n');
  expect(text).not.toContain(secret);
  if (/\d{6}/.test(secret)) expect(text.replace(/\D/g, '')).not.toContain(secret.replace(/\D/g, ''));
}
const AWARD_REASON = 'ru: За активное лидерство }';
/** Writes `value` (YAML source, quotes included) as the award's Russian reason; returns the value's place. */
function reasonWritten(tree: FixtureTree, value: string) {
  tree.replace(AWARDS, AWARD_REASON, `ru: ${value} }`);
  return where(tree, AWARDS, value.split('\n')[0]!);
}

describe('personal data hidden by YAML escapes: the parsed value is scanned (issue 9, 3)', () => {
  it.each([
    ['hex escapes', String.raw`"\x38\x37\x30\x34\x31\x32\x33\x30\x30\x31\x32\x39"`],
    ['unicode escapes', String.raw`"8704\u0031\u0032300129"`],
    ['an escaped line break', '"8704\\\n    12300129"'],
  ])('an IIN written with %s, at the value', (_, value) => {
    const tree = fixtureTree();
    const place = reasonWritten(tree, value);
    const problems = only(tree, 'personal-iin');
    expect(problems).toMatchObject([{ ...place, params: { path: '[0].reason.ru' } }]);
    expectNoEcho(problems, FAKE_IIN);
  });

  it('a phone, an e-mail and a birth date written with escapes', () => {
    const tree = fixtureTree();
    const place = reasonWritten(tree, String.raw`"\x2B7 701 000 00 00, aru\x40mail.example.kz, \u0434/\u0440 03.03.2012"`);
    for (const rule of ['personal-phone', 'personal-email']) expect(only(tree, rule)).toMatchObject([{ ...place, params: { path: '[0].reason.ru' } }]);
    // The date itself is written plainly: it is pointed at.
    expect(only(tree, 'personal-birthdate')).toMatchObject([{ ...where(tree, AWARDS, '03.03.2012'), params: { path: '[0].reason.ru' } }]);
  });

  it('reports a value the raw scan already found once, at the match', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, AWARD_REASON, `ru: "ЖСН ${FAKE_IIN}" }`);
    expect(only(tree, 'personal-iin')).toMatchObject([where(tree, AWARDS, FAKE_IIN)]);
  });

  it('reports personal data written as a mapping key (a comma ends a flow value)', () => {
    const tree = fixtureTree();
    tree.replace(AWARDS, AWARD_REASON, `ru: За активное лидерство, ${FAKE_IIN} }`);
    const problems = only(tree, 'personal-iin');
    expect(problems).toMatchObject([{ ...where(tree, AWARDS, FAKE_IIN), params: { path: '[0].reason' } }]);
    expectNoEcho(problems, FAKE_IIN);
  });
});

describe('personal data hidden in a body: the rendered text is scanned (issue 9, 4)', () => {
  it.each([
    ['an MDX comment', '8704{/* жоқ */}12300129', '8704{'],
    ['character references', '8704&#49;&#x32;300129', '8704&'],
    ['inline markup', '8704**12**300129', '8704*'],
    ['HTML inside', '8704<span>12</span>300129', '8704<'],
    ['strikethrough', '8704~~12~~300129', '8704~'],
  ])('an IIN split by %s', (_, written, at) => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Жетекші: ${written}.\n\nБіз бірге`);
    const problems = only(tree, 'personal-iin');
    expect(problems).toMatchObject([where(tree, EVENT, at)]);
    expectNoEcho(problems, FAKE_IIN);
  });

  it('an e-mail with &#64;, a phone in a link target', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', 'Жазыңыз: aru&#64;mail.example.kz немесе [қоңырау](https://wa.me/77010000000).\n\nБіз бірге');
    expect(only(tree, 'personal-email')).toMatchObject([where(tree, EVENT, 'aru&#64;')]);
    expect(only(tree, 'personal-phone')).toMatchObject([where(tree, EVENT, '77010000000')]);
  });

  it('an IIN only in an MDX comment is still reported (the repository is public)', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `{/* ${FAKE_IIN} */}\n\nБіз бірге`);
    expect(only(tree, 'personal-iin')).toMatchObject([where(tree, EVENT, FAKE_IIN)]);
  });
});

describe('formatting variants are normalised before matching (issue 9, 5)', () => {
  it.each([
    ['a zero-width space', '8704\u200b12300129'],
    ['a soft hyphen and a word joiner', '870\u00ad412\u2060300129'],
    ['full-width digits', '８７０４１２３００１２９'],
    ['Arabic-Indic digits', '٨٧٠٤١٢٣٠٠١٢٩'],
    ['spaces', '870412 300 129'],
    ['dashes', '8704-1230-0129'],
    ['dots', '87.04.12.30.01.29'],
  ])('an IIN written with %s', (_, written) => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Жетекші: ${written}.\n\nБіз бірге`);
    const problems = only(tree, 'personal-iin');
    expect(problems).toMatchObject([where(tree, EVENT, written.slice(0, 2))]);
    expectNoEcho(problems, written);
  });

  it.each([
    ['t.me', 'https://t.me/+77010000000', '+7701'],
    ['WhatsApp', 'whatsapp://send?phone=77010000000', '7701'],
    ['tel:', 'tel:+7-701-000-00-00', '+7-701'],
    ['wa.me', 'https://wa.me/77010000000', '7701'],
    ['dots', '+7.701.000.00.00', '+7.701'],
  ])('a phone in a %s form', (_, written, at) => {
    const tree = fixtureTree();
    tree.replace(REGION, 'ru: Управление образования области Ұлытау }', `ru: "Управление образования ${written}" }`);
    expect(only(tree, 'personal-phone')).toMatchObject([where(tree, REGION, at)]);
  });

  it.each([['aru(at)mail.example.kz'], ['aru [at] mail [dot] kz'], ['aru ＠ mail.example.kz'], ['aru＠mail.example.kz'], ['aru (собака) mail.ru']])('an e-mail written as %s is an error', (written) => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Хат: ${written}.\n\nБіз бірге`);
    const problems = only(tree, 'personal-email');
    expect(problems).toMatchObject([{ severity: 'error', ...where(tree, EVENT, 'aru') }]);
    expectNoEcho(problems, 'aru');
  });

  it.each([['aru at mail dot kz'], ['aru собака mail.ru']])('an e-mail spelt out as %s is a warning', (written) => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Хат: ${written}.\n\nБіз бірге`);
    const problems = only(tree, 'personal-email-obfuscated');
    expect(problems).toMatchObject([{ severity: 'warning', ...where(tree, EVENT, 'aru') }]);
    expectNoEcho(problems, 'aru');
  });

  it.each([['ДР: 03.03.2012'], ['д/р 03.03.2012'], ['Д.Р. 03.03.2012'], ['т.к. 2012-03-03'], ['туған күні 2012.03.03']])('a birth date written %s', (written) => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', `Ару: ${written}.\n\nБіз бірге`);
    const date = written.match(/\d[\d.-]+\d/)![0];
    const problems = only(tree, 'personal-birthdate');
    expect(problems).toMatchObject([where(tree, EVENT, date)]);
    expectNoEcho(problems, date);
  });
});

describe('the curator exemption is the parsed curator.phone and curator.email only (issue 9, 6)', () => {
  it('a quoted scalar whose continuation line reads "curator:" exempts nothing', () => {
    const tree = fixtureTree();
    // The old text window ran from the first line starting `curator:` to the next line at column 0.
    tree.replace(REGION, 'order: "№ 45-ө"', 'order: "№ 45-ө\ncurator: x"');
    tree.replace(REGION, 'by: { kk: Ұлытау облысының білім басқармасы,', 'by: { kk: "Ұлытау облысының білім басқармасы, +7 701 000 00 00",');
    expect(tree.validate().filter((p) => p.rule === 'yaml-syntax')).toEqual([]);
    expect(only(tree, 'personal-phone')).toMatchObject([where(tree, REGION, '+7 701 000 00 00')]);
  });

  it('a second phone in curator.phone, and a phone in another curator field, are reported', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'phone: "+7 7102 00 00 00"', 'phone: "+7 7102 00 00 00, +7 701 000 00 00"');
    tree.replace(REGION, 'name: { kk: Тестова Үлгі,', 'name: { kk: "Тестова Үлгі +7 702 000 00 00",');
    expect(only(tree, 'personal-phone')).toMatchObject([where(tree, REGION, '+7 702'), where(tree, REGION, '+7 7102')]);
  });

  it('the curator’s number written again under members is reported', () => {
    const tree = fixtureTree();
    tree.replace(REGION, 'heads: [zhezkazgan]', 'heads: [zhezkazgan], note: "+7 7102 00 00 00"');
    expect(only(tree, 'personal-phone')).toMatchObject([{ line: where(tree, REGION, 'note:').line }]);
  });
});

describe('personal-hidden-name (issue 9, 7)', () => {
  it('reports a hidden member named in a body, a title, a summary and an award reason, case and spacing aside', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', 'Жеңімпаз — ДАНА  д. Біз бірге');
    tree.replace(EVENT, 'ru: "Тестовый вечер чтения"', 'ru: "Вечер чтения: Дана Д."');
    tree.replace(EVENT, 'ru: "Онлайн-вечер чтения."', 'ru: "Ведёт дана д."');
    tree.replace(AWARDS, AWARD_REASON, 'ru: "За помощь Дане" }');
    tree.replace(AWARDS, 'kk: Белсенді көшбасшылық үшін', 'kk: Дана Д. үшін');
    const problems = only(tree, 'personal-hidden-name');
    expect(problems).toMatchObject([
      { severity: 'error', ...where(tree, AWARDS, 'Дана Д.'), params: { path: '[0].reason.kk', member: 'content/representations/ulytau/region.yaml members[2]' } },
      { ...where(tree, EVENT, 'Дана Д.'), params: { path: 'title.ru' } },
      { ...where(tree, EVENT, 'дана д.'), params: { path: 'summary.ru' } },
      { ...where(tree, EVENT, 'ДАНА') },
    ]);
    expectNoEcho(problems, 'Дана');
    expectNoEcho(problems, 'ДАНА');
  });

  it('leaves members whose name may be shown alone, and other people with the same given name', () => {
    const tree = fixtureTree();
    tree.replace(EVENT, 'Біз бірге', 'Ару А. мен Дана Досова келді. Біз бірге');
    expect(only(tree, 'personal-hidden-name')).toEqual([]);
  });
});
