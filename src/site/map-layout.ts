/**
 * The schematic map of Kazakhstan's 20 regions: a tile cartogram, one equal tile per region,
 * laid out roughly where the region lies (west → east, north → south). Equal tiles keep every
 * region a readable, tappable link, which a true-shape map of Kazakhstan cannot. The tiles show
 * full names (components/RegionMap.astro), so no abbreviation is needed.
 */
export interface MapTile {
  region: string;
  col: number;
  row: number;
}

/** On a grid of 7 columns by 5 rows (site.css places the tiles with `.col-<n>` and `.row-<n>` classes). */
export const MAP_TILES: readonly MapTile[] = [
  { region: 'west-kazakhstan', col: 0, row: 0 },
  { region: 'kostanay', col: 2, row: 0 },
  { region: 'north-kazakhstan', col: 3, row: 0 },
  { region: 'pavlodar', col: 5, row: 0 },
  { region: 'atyrau', col: 0, row: 1 },
  { region: 'aktobe', col: 1, row: 1 },
  { region: 'ulytau', col: 2, row: 1 },
  { region: 'akmola', col: 3, row: 1 },
  { region: 'astana', col: 4, row: 1 },
  { region: 'abai', col: 5, row: 1 },
  { region: 'east-kazakhstan', col: 6, row: 1 },
  { region: 'mangystau', col: 0, row: 2 },
  { region: 'kyzylorda', col: 2, row: 2 },
  { region: 'karaganda', col: 3, row: 2 },
  { region: 'zhetisu', col: 5, row: 2 },
  { region: 'turkistan', col: 2, row: 3 },
  { region: 'zhambyl', col: 3, row: 3 },
  { region: 'almaty-region', col: 4, row: 3 },
  { region: 'shymkent', col: 2, row: 4 },
  { region: 'almaty', col: 4, row: 4 },
];
