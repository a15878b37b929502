/**
 * E-mail addresses. The scan jumps from one `@` to the next (indexOf is far cheaper than a
 * regex that would start at every letter) and checks the local part and the domain around it.
 * A GitHub handle (`@myn-jasa/ulytau`) or an `@user` in a URL has no local part, so it is not one.
 */
import type { TextMatch } from './match.ts';

const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
/** A domain with at least one dot and a top-level domain of two or more letters. */
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}-])/uy;

/** Every e-mail address written in `text`. */
export function findEmails(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (!domain) continue;
    found.push({ index: start, length: at + 1 + domain[0].length - start });
  }
  return found;
}
