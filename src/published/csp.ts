/**
 * The site's Content-Security-Policy, a `<meta http-equiv>` on every page (src/layouts/Base.astro
 * writes it first in `<head>`): scripts only from the site itself (pagefind's search, the events
 * filter), inline scripts only by the hash of their exact text, pagefind's WebAssembly
 * (`'wasm-unsafe-eval'`), no plugins, no `<base>` to another origin, forms only to the site.
 *
 * Astro's own `security.csp` hashes the scripts it bundles but not `is:inline` ones (the search
 * page's `define:vars` script differs per language), so the hashes are computed as each page is built,
 * from the bytes rendered: src/middleware.ts rewrites each page's policy with the SHA-256
 * of each of its inline scripts (and styles). An injected script has no hash there, so the browser
 * refuses it. `astro dev` gets no policy (Vite injects styles and scripts there), like Astro's own.
 */
import { createHash } from 'node:crypto';

/** The policy without inline hashes: what Base.astro writes, and what a page with no inline script or style keeps. */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)].join(' '),
    ["style-src 'self'", ...styleHashes.map((hash) => `'${hash}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The policy's meta element as Base.astro writes it (any attribute quoting, any content). */
const CSP_META = /<meta\s+http-equiv=(["']?)content-security-policy\1\s+content=("[^"]*"|'[^']*')\s*\/?>/i;
/** Whether a page carries the policy: the last gate (output-gate.ts) fails a page without it. */
export const CSP_META_PATTERN = /<meta\s+http-equiv=(["']?)content-security-policy\1\s+content=("[^"]*script-src[^"]*"|'[^']*script-src[^']*')/i;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
/** Script types a browser runs; any other type (`application/ld+json`) is a data block CSP does not govern. */
const EXECUTABLE = /^(?:|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** `sha256-…` of each inline script a browser would run, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${attributes}`)) continue;
    const type = attributes!.match(/\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
    if (!EXECUTABLE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) continue;
    hashes.push(sha256(body!));
  }
  return [...new Set(hashes)];
}

/** `sha256-…` of each inline `<style>` (Astro inlines small stylesheets), in order of appearance. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(STYLE)].map((match) => sha256(match[1]!)))];
}

/** The page with its policy naming the hashes of its inline scripts and styles; unchanged when it has no policy meta. */
export function stampCsp(html: string): string {
  const match = CSP_META.exec(html);
  if (!match) return html;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScriptHashes(html), inlineStyleHashes(html))}">`;
  return html.slice(0, match.index) + meta + html.slice(match.index + match[0].length);
}
