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

/** An e-mail address written to dodge a scanner, and how sure the match is. */
export interface ObfuscatedEmailMatch extends TextMatch {
  /** A symbol in brackets or `@` with spaces is surely an address; bare words (`at`, `собака`) may be prose. */
  certain: boolean;
}

/** `(at)`, `[at]`, `{собака}`, `<at>`, `( @ )`, a lone `@`; or the bare words ` at `, ` собака ` (low certainty). */
const MARKER = /[(\[{<][ \t]*(?:[Aa][Tt]|@|[Сс]обака|СОБАКА|[Ээ]т)[ \t]*[)\]}>]|@|[ \t](?:[Aa][Tt]|[Сс]обака|СОБАКА)[ \t]/g;
const DOT = String.raw`[ \t]*[(\[{<][ \t]*(?:dot|точка|нүкте)[ \t]*[)\]}>][ \t]*|[ \t]+(?:dot|точка|нүкте)[ \t]+|\.`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
/** The domain after a marker (spaces skipped): labels joined by dots, written or spelt. */
const SPELT_DOMAIN = new RegExp(String.raw`[ \t]*(?:${LABEL}(?:${DOT}))+(?<tld>\p{L}{2,})(?![\p{L}\p{N}-])`, 'iuy');
/** With words for `at`, only the common top-level domains count: «meet at school dot…» is prose. */
const COMMON_TLD = /^(?:kz|ru|com|org|net|edu|gov|info|io|me|ua|uz|kg|by|su|рф|қаз)$/i;

/**
 * E-mail addresses written around the scanner: `name(at)mail.kz`, `name [at] mail [dot] kz`,
 * `name @ mail.kz`, `name at mail dot kz`, `name собака mail.ru` (the full-width `＠` is a plain
 * `@` after normalisation, so `findEmails` sees it). A plain `name@mail.kz` is `findEmails`'s.
 */
export function findObfuscatedEmails(text: string): ObfuscatedEmailMatch[] {
  const found: ObfuscatedEmailMatch[] = [];
  for (const marker of text.matchAll(MARKER)) {
    const bareWord = /^[ \t]/.test(marker[0]);
    let start = marker.index;
    if (!bareWord) while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const spaced = start !== marker.index || bareWord;
    let local = start;
    while (local > 0 && LOCAL_CHAR.test(text[local - 1]!)) local--;
    if (local === start || !/[\p{L}\p{N}]/u.test(text[start - 1]!)) continue;
    SPELT_DOMAIN.lastIndex = marker.index + marker[0].length;
    const domain = SPELT_DOMAIN.exec(text);
    if (!domain) continue;
    const plain = marker[0] === '@' && !spaced && !/^[ \t]/.test(domain[0]) && !/[ \t([{<]/.test(domain[0]);
    if (plain) continue; // an ordinary address: findEmails reports it
    if (bareWord && !COMMON_TLD.test(domain.groups!['tld']!)) continue;
    found.push({ index: local, length: SPELT_DOMAIN.lastIndex - local, certain: !bareWord });
  }
  return found;
}
