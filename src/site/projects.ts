/**
 * Children's social projects as the site shows them (issue 14): who runs each one (a region, a
 * city/district or a village, with the page to link), its team by the one public-name function
 * (members.ts: `hidden` members are counted, never named), and every grouping the pages read —
 * by region, by city/district, by event, by filter value — worked out ONCE per build
 * (`projectIndex`), so each page costs only its own share (issue 15).
 */
import type { CollectionEntry } from 'astro:content';
import { PROJECT_STAGES, type LocaleMap, type ProjectData } from '../content/schema.ts';
import { pick, type SiteLocale } from '../i18n/locales.ts';
import { sortByName } from '../i18n/collate.ts';
import { publicName } from './members.ts';
import type { MemberPlace } from './member-places.ts';
import { paths, type ProjectFilterDimension } from './paths.ts';
import type { RegionView, UnitView } from './site-content.ts';

/** Projects per list page: a card is taller than an event's (summary, topics). */
export const PROJECTS_PER_PAGE = 16;

export interface ProjectView {
  /** `<region>/<slug>`. */
  id: string;
  region: string;
  slug: string;
  data: ProjectData;
  entry: CollectionEntry<'projects'>;
  /** Who runs it, as the representation id names it. */
  runBy: { region: string; unit?: string | undefined; rural?: string | undefined };
  /** The latest of its seasons: lists show the most recent projects first. */
  latestSeason: number;
}

/** Running projects before ideas before finished ones, within a season. */
const STAGE_ORDER: Record<ProjectData['stage'], number> = { running: 0, idea: 1, done: 2 };

/** The most recent first: latest season, then running → idea → done, then by id (stable across builds). */
export function byRecency(a: ProjectView, b: ProjectView): number {
  return b.latestSeason - a.latestSeason || STAGE_ORDER[a.data.stage] - STAGE_ORDER[b.data.stage] || a.id.localeCompare(b.id);
}

export function projectView(entry: CollectionEntry<'projects'>): ProjectView {
  const [region = '', slug = ''] = entry.id.split('/');
  const [runRegion = region, unit, rural] = entry.data.representation.split('/');
  return { id: entry.id, region, slug, data: entry.data, entry, runBy: { region: runRegion, unit, rural }, latestSeason: Math.max(...entry.data.seasons) };
}

export interface ProjectIndex {
  /** Every project, most recent first. */
  all: ProjectView[];
  byId: Map<string, ProjectView>;
  /** Run by the region or anything in it. */
  byRegion: Map<string, ProjectView[]>;
  /** Run by a city/district or one of its villages (`<region>/<unit>`). */
  byUnit: Map<string, ProjectView[]>;
  /** Projects whose results list the event. */
  byEvent: Map<string, ProjectView[]>;
  /** Projects presented at the event (`promoted.event`). */
  promotedAt: Map<string, ProjectView[]>;
  /** `<dimension>=<value>` → the projects that pass, most recent first. */
  filtered: Map<string, ProjectView[]>;
}

/** Every grouping in one pass over the projects, sorted once. */
export function projectIndex(entries: readonly CollectionEntry<'projects'>[]): ProjectIndex {
  const all = entries.map(projectView).sort(byRecency);
  const index: ProjectIndex = { all, byId: new Map(), byRegion: new Map(), byUnit: new Map(), byEvent: new Map(), promotedAt: new Map(), filtered: new Map() };
  const add = (map: Map<string, ProjectView[]>, key: string, project: ProjectView) => {
    const list = map.get(key);
    if (list) {
      if (list.at(-1) !== project) list.push(project);
    } else map.set(key, [project]);
  };
  for (const project of all) {
    index.byId.set(project.id, project);
    add(index.byRegion, project.runBy.region, project);
    if (project.runBy.unit) add(index.byUnit, `${project.runBy.region}/${project.runBy.unit}`, project);
    for (const event of project.data.results.events ?? []) add(index.byEvent, event, project);
    if (project.data.promoted) add(index.promotedAt, project.data.promoted.event, project);
    add(index.filtered, `region=${project.runBy.region}`, project);
    add(index.filtered, `stage=${project.data.stage}`, project);
    for (const topic of project.data.topics) add(index.filtered, `topic=${topic}`, project);
  }
  return index;
}

/** Where a project is run from, in words, with the page that shows that representation. */
export interface ProjectRunner {
  name: string;
  /** The region's name (and the city/district's, for a village), to tell places of one name apart. */
  within?: string | undefined;
  path: string;
}

/** What `projectRunner` reads of the content (SiteContent is one). */
export interface RunnerPlaces {
  region: (id: string) => Pick<RegionView, 'id' | 'geo'> | undefined;
  unit: (region: string, unit: string) => Pick<UnitView, 'id' | 'geo' | 'representation'> | undefined;
}

/**
 * The representation that runs a project: a region links to its page; a city/district and a
 * village to the city/district's page (a village has no page of its own: it is a section there).
 */
export function projectRunner(project: ProjectView, content: RunnerPlaces, locale: SiteLocale): ProjectRunner {
  const { region: regionId, unit: unitId, rural } = project.runBy;
  const region = content.region(regionId);
  const regionName = region ? pick(region.geo.name, locale) : regionId;
  const unit = unitId ? content.unit(regionId, unitId) : undefined;
  if (!unitId || !unit) return { name: regionName, path: paths.region(regionId) };
  const unitName = pick(unit.geo.name, locale);
  const path = paths.unit(regionId, unit.id);
  if (!rural) return { name: unitName, within: regionName, path };
  // A village is named by the city/district's file, else by geography (as the unit page names it).
  const own = unit.representation?.rural?.find((r) => r.id === rural)?.name;
  const geo = [...(unit.geo.rural ?? []), ...(unit.geo.towns ?? [])].find((p) => p.id === rural)?.name;
  return { name: pick(own ?? geo, locale) || rural, within: `${unitName}, ${regionName}`, path };
}

/** A project's team for display: the names consent allows (file order) and how many are not named. */
export interface ProjectTeam {
  named: string[];
  hiddenCount: number;
}

/**
 * The team by the one public-name function (members.ts `publicName`): a `hidden` member is
 * counted, never named; an id the rosters do not hold (the validator refuses it) is counted too,
 * so nothing unchecked is ever printed.
 */
export function projectTeam(project: ProjectView, members: ReadonlyMap<string, MemberPlace>): ProjectTeam {
  const named: string[] = [];
  let hiddenCount = 0;
  for (const id of project.data.team) {
    const member = members.get(id)?.member;
    const name = member && publicName(member);
    if (name === undefined) hiddenCount += 1;
    else named.push(name);
  }
  return { named, hiddenCount };
}

/** The region filter's values, by name in `locale`; topics in movement.yaml's order; stages in their order. */
export function projectFilterOptions(
  regions: readonly RegionView[],
  topics: Record<string, LocaleMap>,
  dimension: ProjectFilterDimension,
  locale: SiteLocale,
  stageLabel: (stage: ProjectData['stage']) => string,
): { value: string; label: string }[] {
  switch (dimension) {
    case 'region':
      return sortByName(regions, (r) => pick(r.geo.name, locale), locale).map((r) => ({ value: r.id, label: pick(r.geo.name, locale) }));
    case 'topic':
      return Object.entries(topics).map(([value, name]) => ({ value, label: pick(name, locale) || value }));
    case 'stage':
      return PROJECT_STAGES.map((stage) => ({ value: stage, label: stageLabel(stage) }));
  }
}
