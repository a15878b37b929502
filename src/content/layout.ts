/**
 * Where each kind of content file lives under the content root (CONTENT-MODEL.md), read from the
 * one table of content kinds (kinds.ts). A path that matches none of them is reported by the
 * validator (rule `file-unexpected`) instead of being silently ignored by the build.
 */
import { KINDS, type Classified } from './kinds.ts';

export { classify, type Classified, type FileKind } from './kinds.ts';

/** `<year>/<slug>`: how awards, URLs and the rules name the event a file in `events/` holds (or translates). */
export function eventId(place: Classified): string {
  return KINDS.event.entryId(place);
}

/** Files the build and the validator skip on purpose: dotfiles and editor leftovers. */
export function isIgnored(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('.')) || relativePath.endsWith('~');
}
