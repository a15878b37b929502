/**
 * The schematic map of Kazakhstan's 20 regions: a tile cartogram, one equal tile per region,
 * laid out roughly where the region lies (west → east, north → south). Equal tiles keep every
 * region a readable, tappable link on a phone, which a true-shape map of Kazakhstan cannot.
 */
import type { SiteLocale } from '../i18n/locales.ts';

export interface MapTile {
  region: string;
  col: number;
  row: number;
  /** The label that fits a tile; the full name is the link's accessible name. */
  short: Record<SiteLocale, string>;
}

export const MAP_COLUMNS = 7;
export const MAP_ROWS = 5;

export const MAP_TILES: readonly MapTile[] = [
  { region: 'west-kazakhstan', col: 0, row: 0, short: { kk: 'БҚО', ru: 'ЗКО' } },
  { region: 'kostanay', col: 2, row: 0, short: { kk: 'Қостанай', ru: 'Костанай' } },
  { region: 'north-kazakhstan', col: 3, row: 0, short: { kk: 'СҚО', ru: 'СКО' } },
  { region: 'pavlodar', col: 5, row: 0, short: { kk: 'Павлодар', ru: 'Павлодар' } },
  { region: 'atyrau', col: 0, row: 1, short: { kk: 'Атырау', ru: 'Атырау' } },
  { region: 'aktobe', col: 1, row: 1, short: { kk: 'Ақтөбе', ru: 'Актобе' } },
  { region: 'ulytau', col: 2, row: 1, short: { kk: 'Ұлытау', ru: 'Улытау' } },
  { region: 'akmola', col: 3, row: 1, short: { kk: 'Ақмола', ru: 'Акмола' } },
  { region: 'astana', col: 4, row: 1, short: { kk: 'Астана', ru: 'Астана' } },
  { region: 'abai', col: 5, row: 1, short: { kk: 'Абай', ru: 'Абай' } },
  { region: 'east-kazakhstan', col: 6, row: 1, short: { kk: 'ШҚО', ru: 'ВКО' } },
  { region: 'mangystau', col: 0, row: 2, short: { kk: 'Маңғыстау', ru: 'Мангистау' } },
  { region: 'kyzylorda', col: 2, row: 2, short: { kk: 'Қызылорда', ru: 'Кызылорда' } },
  { region: 'karaganda', col: 3, row: 2, short: { kk: 'Қарағанды', ru: 'Караганда' } },
  { region: 'zhetisu', col: 5, row: 2, short: { kk: 'Жетісу', ru: 'Жетысу' } },
  { region: 'turkistan', col: 2, row: 3, short: { kk: 'Түркістан', ru: 'Туркестан' } },
  { region: 'zhambyl', col: 3, row: 3, short: { kk: 'Жамбыл', ru: 'Жамбыл' } },
  { region: 'almaty-region', col: 4, row: 3, short: { kk: 'Алм. обл.', ru: 'Алм. обл.' } },
  { region: 'shymkent', col: 2, row: 4, short: { kk: 'Шымкент', ru: 'Шымкент' } },
  { region: 'almaty', col: 4, row: 4, short: { kk: 'Алматы', ru: 'Алматы' } },
];
