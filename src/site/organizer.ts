/**
 * Who organises an event, in words and as a link: the national movement, a region's page or a
 * city/district's page.
 */
import { pick, type SiteLocale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/translate.ts';
import { perContent } from './content-memo.ts';
import { paths } from './paths.ts';
import type { SiteEvent } from './events.ts';
import type { RegionView, SiteContent, UnitView } from './site-content.ts';

export interface Organizer {
  name: string;
  /** Site path of the organiser's page. */
  path: string;
  /** The region's name for a unit, to tell apart units of the same name in different regions. */
  within?: string;
  /**
   * The region curator's e-mail, which the region page publishes (an adult official's, the only
   * contact the content may hold): calendars write it as the organiser's address. None for a
   * national event: the movement publishes no e-mail.
   */
  email?: string;
}

/** Where an event's organiser sits, for a postal address: its city/district (or the region's centre) and region. */
export interface OrganizerArea {
  locality?: string;
  region?: string;
}

/**
 * What `organizerOf` reads of the content: the regions with their names and curators, the
 * cities/districts with their names. `SiteContent` is one; the per-event calendar files
 * (event-calendar-files.ts) make one from the geography and the regions' files alone.
 */
export interface OrganizerPlaces {
  region: (id: string) => Pick<RegionView, 'id' | 'geo' | 'representation'> | undefined;
  unit: (region: string, unit: string) => Pick<UnitView, 'id' | 'geo'> | undefined;
}

/** The organiser of an event; national events lead to the About page. */
export function organizerOf(event: SiteEvent, content: OrganizerPlaces, locale: SiteLocale, t: Translate): Organizer {
  const region = event.region ? content.region(event.region) : undefined;
  if (!region) return { name: t('event.national'), path: paths.about() };
  const email = region.representation?.curator?.email;
  const unit = event.unit ? content.unit(region.id, event.unit) : undefined;
  if (!unit) return { name: pick(region.geo.name, locale), path: paths.region(region.id), ...(email && { email }) };
  return { name: pick(unit.geo.name, locale), path: paths.unit(region.id, unit.id), within: pick(region.geo.name, locale), ...(email && { email }) };
}

/** Words that say what kind of place a name is (dropped to find the name in a place's text). */
const KIND_WORDS = /(?:^|\s)(?:қаласы|ауданы|облысы|город|район|области|область|г\.)(?=\s|$)/gu;

interface Area {
  locality: string;
  region: string;
}

/**
 * The areas of one scope and language, and one pattern that finds the first of them in a text:
 * each area's name without its kind word (`Туркестан`, `Тюлькубасский`) as a whole word, one
 * capture group per area in the list's order. Where two names start at the same place the
 * earlier area wins, as it would looking for each name in turn; one search instead of one per
 * area (≈ 250 for a national event, on every event page).
 */
interface Areas {
  areas: Area[];
  pattern: RegExp | undefined;
}

const areasMemo = perContent<Areas>();

/**
 * Every place a locality may be read from, in `locale`, for one region (`region/<id>`) or the
 * whole country (`all`: the cities of republican significance first, then every city/district).
 */
function areas(content: SiteContent, scope: string, locale: SiteLocale): Areas {
  return areasMemo(content, `${scope}/${locale}`, () => {
    const regions = scope === 'all' ? content.regions : content.regions.filter((r) => `region/${r.id}` === scope);
    const candidates = [
      ...regions.filter((r) => r.geo.kind === 'city').map((r) => [pick(r.geo.name, locale), pick(r.geo.name, locale), pick(r.geo.name, locale)] as const),
      ...regions.flatMap((r) => r.geo.units.map((u) => [pick(u.name, locale), pick(u.name, locale), pick(r.geo.name, locale)] as const)),
    ];
    const list: Area[] = [];
    const alternatives: string[] = [];
    for (const [name, locality, region] of candidates) {
      const core = name.replace(KIND_WORDS, ' ').trim();
      if (!core) continue;
      list.push({ locality, region });
      alternatives.push(`(${core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`);
    }
    const pattern = alternatives.length > 0 ? new RegExp(`(?<!\\p{L})(?:${alternatives.join('|')})(?!\\p{L})`, 'u') : undefined;
    return { areas: list, pattern };
  });
}

/**
 * The area of an event, in `locale`, for its postal address: the organising city/district; else
 * the city/district (or city of republican significance) its place's text names first, looked
 * for in the organising region, or in the whole country for a national event; else, for a
 * region, only the region (a city of republican significance is its own locality). Nothing is
 * guessed: a region's centre is not taken for the place (a camp in a district is not in the
 * regional capital).
 */
export function organizerArea(event: SiteEvent, content: SiteContent, locale: SiteLocale, place?: string): OrganizerArea {
  const region = event.region ? content.region(event.region) : undefined;
  const regionName = region ? pick(region.geo.name, locale) : undefined;
  const unit = region && event.unit ? region.geo.units.find((u) => u.id === event.unit) : undefined;
  if (unit) return { locality: pick(unit.name, locale), region: regionName! };
  if (place) {
    const { areas: list, pattern } = areas(content, region ? `region/${region.id}` : 'all', locale);
    const match = pattern?.exec(place);
    if (match) {
      const area = list[match.findIndex((group, i) => i > 0 && group !== undefined) - 1]!;
      return { locality: area.locality, region: area.region };
    }
  }
  if (!region) return {};
  return region.geo.kind === 'city' ? { locality: regionName!, region: regionName! } : { region: regionName! };
}
