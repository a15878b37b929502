/**
 * Invented children and adults for generated datasets. A child is a given name from a short list
 * and a surname from a short list; the public name is exactly the form the consent allows
 * (CONTENT-MODEL.md, "Personal data"): `full` → "Given Surname", `initial`/`hidden` → "Given S.".
 * The ids carry a running number, so they are unique nationwide and visibly synthetic.
 */
import type { Random } from './random.ts';
import type { LocaleMap } from '../content/schema.ts';

interface GivenName {
  name: string;
  slug: string;
  female: boolean;
}

const GIVEN_NAMES: readonly GivenName[] = [
  ...[
    ['Айгерім', 'aigerim'], ['Аружан', 'aruzhan'], ['Дана', 'dana'], ['Жансая', 'zhansaya'], ['Мадина', 'madina'],
    ['Әсел', 'asel'], ['Томирис', 'tomiris'], ['Ақбота', 'akbota'], ['Анна', 'anna'], ['Мария', 'mariya'],
    ['Полина', 'polina'], ['София', 'sofiya'], ['Алина', 'alina'], ['Камила', 'kamila'],
  ].map(([name, slug]) => ({ name: name!, slug: slug!, female: true })),
  ...[
    ['Диас', 'dias'], ['Ерлан', 'erlan'], ['Арман', 'arman'], ['Әлихан', 'alikhan'], ['Санжар', 'sanzhar'],
    ['Темірлан', 'temirlan'], ['Бекзат', 'bekzat'], ['Данияр', 'daniyar'], ['Иван', 'ivan'], ['Артём', 'artyom'],
    ['Максим', 'maksim'], ['Тимур', 'timur'], ['Нұрлан', 'nurlan'], ['Ерасыл', 'yerasyl'],
  ].map(([name, slug]) => ({ name: name!, slug: slug!, female: false })),
];

/** Masculine stem; the feminine form adds «а». `initial` is the slug of the first letter. */
const SURNAMES: readonly { stem: string; initial: string }[] = [
  { stem: 'Ахметов', initial: 'a' },
  { stem: 'Бекетов', initial: 'b' },
  { stem: 'Жұмабаев', initial: 'zh' },
  { stem: 'Қасымов', initial: 'k' },
  { stem: 'Омаров', initial: 'o' },
  { stem: 'Сейітов', initial: 's' },
  { stem: 'Тоқтаров', initial: 't' },
  { stem: 'Иванов', initial: 'i' },
  { stem: 'Петров', initial: 'p' },
  { stem: 'Мұратов', initial: 'm' },
  { stem: 'Ержанов', initial: 'e' },
  { stem: 'Нұрланов', initial: 'n' },
];

export type ConsentNameForm = 'full' | 'initial' | 'hidden';

export interface FictionalChild {
  id: string;
  /** The public name in the form `consent` allows. */
  name: string;
  consent: ConsentNameForm;
}

/** Hands out invented children with ids `<given>-<initial>-<n>`, `n` counting from 1. */
export function createChildNamer(random: Random): () => FictionalChild {
  let counter = 0;
  return () => {
    counter++;
    const given = random.pick(GIVEN_NAMES);
    const surname = random.pick(SURNAMES);
    const roll = random.next();
    const consent: ConsentNameForm = roll < 0.15 ? 'full' : roll < 0.9 ? 'initial' : 'hidden';
    const name =
      consent === 'full' ? `${given.name} ${surname.stem}${given.female ? 'а' : ''}` : `${given.name} ${surname.stem[0]}.`;
    return { id: `${given.slug}-${surname.initial}-${counter}`, name, consent };
  };
}

/** An invented adult (a curator, a signatory): given name and surname in kk and ru spelling. */
export function fictionalAdult(random: Random): LocaleMap {
  return random.pick([
    { kk: 'Сәуле Ахметова', ru: 'Сауле Ахметова' },
    { kk: 'Гүлнар Омарова', ru: 'Гульнар Омарова' },
    { kk: 'Ерлан Қасымов', ru: 'Ерлан Касымов' },
    { kk: 'Жанар Бекетова', ru: 'Жанар Бекетова' },
    { kk: 'Айдос Тоқтаров', ru: 'Айдос Токтаров' },
    { kk: 'Елена Петрова', ru: 'Елена Петрова' },
    { kk: 'Бауыржан Мұратов', ru: 'Бауыржан Муратов' },
    { kk: 'Ләззат Сейітова', ru: 'Ляззат Сеитова' },
  ]);
}
