/**
 * Where each kind of content file lives under the content root (CONTENT-MODEL.md), read from the
 * one table of content kinds (its schema-free half, kind-paths.ts: this module is read on every
 * validator run, and a run answered from the cache loads no zod). A path that matches none of them is reported by the
 * validator (rule `file-unexpected`) instead of being silently ignored by the build.
 */
import { KIND_PATHS, type Classified } from './kind-paths.ts';

export { classify, type Classified, type FileKind } from './kind-paths.ts';

/** `<year>/<slug>`: how awards, URLs and the rules name the event a file in `events/` holds (or translates). */
export function eventId(place: Classified): string {
  return KIND_PATHS.event.entryId(place);
}

/** Files the build and the validator skip on purpose: dotfiles and editor leftovers. */
export function isIgnored(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('.')) || relativePath.endsWith('~');
}

/**
 * Whether a walk skips an entry (and, for a folder, all below it): a dotfile, a dotted folder or
 * an editor leftover ending in `~`. Its own name decides, as the folders above it were kept;
 * splitting every path again (`isIgnored`) cost ≈ 10 ms of each 7,270-file listing.
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~');
}
