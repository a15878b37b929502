/**
 * Place names as message parameters: a message in Kazakh shows the Kazakh name, in Russian the
 * Russian one. Place names are public reference data, so messages may echo them.
 */
import type { LocaleMap } from '../content/schema.ts';
import type { Params } from './types.ts';

/** `{ name_kk, name_ru, name_en }` (or with another prefix), each falling back to any name there is. */
export function placeNameParams(name: LocaleMap, prefix = 'name'): Params {
  const any = name.kk ?? name.ru ?? name.en ?? '';
  return { [`${prefix}_kk`]: name.kk ?? any, [`${prefix}_ru`]: name.ru ?? any, [`${prefix}_en`]: name.en ?? name.ru ?? any };
}
