/**
 * The typed, indexed content (`Content`) from files already parsed by their schema. Apart from
 * the schemas (`schema.ts`), so the cached validator assembles its facts without loading zod.
 */
import { eventId } from '../content/layout.ts';
import type { ContentTree, SourceFile } from '../content/load.ts';
import { emptyContent, type Content } from '../content/model.ts';

/** The typed, indexed content from the files that passed their schema. */
export function assembleContent(tree: ContentTree, files: readonly { file: SourceFile; parsed: unknown }[]): Content {
  const content = emptyContent(tree);
  for (const { file, parsed } of files) if (parsed !== undefined) addToContent(content, file, parsed);
  return content;
}

function addToContent(content: Content, file: SourceFile, data: unknown): void {
  const place = file.place!;
  switch (place.kind) {
    case 'movement':
      content.movement = { file, data: data as never };
      break;
    case 'geography':
      content.geography.set(place.region!, { file, data: data as never });
      break;
    case 'region':
      content.regions.set(place.region!, { file, data: data as never });
      break;
    case 'unit':
      content.units.push({ file, data: data as never, region: place.region!, unit: place.unit! });
      break;
    case 'event':
      content.events.push({ file, data: data as never, year: place.year!, slug: place.slug!, id: eventId(place) });
      break;
    case 'event-translation':
      content.translations.push({ file, data: data as never, event: eventId(place), locale: place.locale! });
      break;
    case 'awards':
      content.awards.push({ file, data: data as never, year: place.year! });
      break;
    case 'project':
      content.projects.push({ file, data: data as never, region: place.region!, slug: place.slug!, id: `${place.region}/${place.slug}` });
      break;
  }
}
