/**
 * schema.org `Event` for an event page, so search engines show it with its date, its status, its
 * organiser, its card, its mode of attendance and where: a `Place` whose `PostalAddress` has the
 * place as written, the organiser's city/district and region (none for a national event: its data
 * names no region) and the country, and for a remote event its join link as a `VirtualLocation`.
 */
import type { EventData } from '../content/schema.ts';
import { astanaIso } from '../i18n/dates.ts';

const ATTENDANCE_MODE: Record<EventData['format'], string> = {
  online: 'https://schema.org/OnlineEventAttendanceMode',
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

export interface EventJsonLdInput {
  data: EventData;
  name: string;
  description: string;
  /** Absolute URLs. */
  url: string;
  image: string;
  place?: string | undefined;
  /** The organiser's city/district and region (organizerArea), for the place's postal address. */
  area?: { locality?: string | undefined; region?: string | undefined } | undefined;
  organizer: { name: string; url: string };
  language: string;
}

/** The JSON-LD object of one event. */
export function eventJsonLd(input: EventJsonLdInput): Record<string, unknown> {
  const { data } = input;
  const locations: Record<string, unknown>[] = [];
  if (data.online) locations.push({ '@type': 'VirtualLocation', url: data.online.url });
  if (input.place) {
    const address = {
      '@type': 'PostalAddress',
      streetAddress: input.place,
      ...(input.area?.locality && { addressLocality: input.area.locality }),
      ...(input.area?.region && { addressRegion: input.area.region }),
      addressCountry: 'KZ',
    };
    locations.push({ '@type': 'Place', name: input.place, address });
  }
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    description: input.description,
    startDate: astanaIso(data.start),
    endDate: astanaIso(data.end),
    eventAttendanceMode: ATTENDANCE_MODE[data.format],
    eventStatus: data.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    location: locations.length === 1 ? locations[0] : locations,
    image: [input.image],
    url: input.url,
    inLanguage: input.language,
    isAccessibleForFree: true,
    organizer: { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url },
    audience: { '@type': 'EducationalAudience', educationalRole: 'student' },
  };
}

export interface ProjectJsonLdInput {
  name: string;
  description: string;
  /** Absolute URLs. */
  url: string;
  language: string;
  topics: string[];
  seasons: number[];
  /** The representation that runs it, with its page. */
  runner: { name: string; url: string };
  image?: string | undefined;
}

/**
 * schema.org `CreativeWork` for a project page: what it is, who runs it (the representation as an
 * organisation, never the children), its topics and seasons. No team names: the page's consent
 * rules apply to the page's text; machine-readable copies carry none.
 */
export function projectJsonLd(input: ProjectJsonLdInput): Record<string, unknown> {
  const seasons = [...input.seasons].sort((a, b) => a - b);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.language,
    keywords: input.topics.join(', '),
    temporalCoverage: seasons.length > 1 ? `${seasons[0]}/${seasons.at(-1)}` : String(seasons[0]),
    creator: { '@type': 'Organization', name: input.runner.name, url: input.runner.url },
    audience: { '@type': 'EducationalAudience', educationalRole: 'student' },
    ...(input.image && { image: [input.image] }),
  };
}
