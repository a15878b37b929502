/**
 * A checker for the part of Unicode MessageFormat 2 (MF2) that Sveltia's UI strings use, so the
 * Kazakh locale is tested against the syntax Sveltia's own formatter (the `messageformat` package,
 * bundled into dist/sveltia-cms.js, not installable here on its own) will parse:
 *
 *   simple:   text with {$variable} placeholders; `\{` `\}` `\\` `\|` escapes
 *   complex:  .input {$count :integer} … .match $count  0 {{…}} one {{…}} * {{…}}
 *
 * It parses, it does not format: it returns what a test compares with the English message (the
 * declarations, the selectors, each variant's keys, every variable named) and throws, naming the
 * offset, on anything MF2 would refuse (an ICU-1 `{count, plural, …}`, an unclosed brace, a
 * `.match` without a `*` variant).
 */

export interface Parsed {
  /** `.input`/`.local` declarations as written, whitespace collapsed: `.input {$count :integer}`. */
  declarations: string[];
  /** The `.match` selectors without `$`, in order; empty for a message with no `.match`. */
  selectors: string[];
  /** Each variant's keys (`0`, `one`, `*`); one empty list for a message without `.match`. */
  variants: string[][];
  /** Every variable the message names, in declarations and patterns, without `$`, sorted. */
  variables: string[];
}

const NAME = /^[\p{L}_][\p{L}\p{N}_.-]*/u;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/;

export class MessageSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} at offset ${offset}`);
  }
}

export function parseMessage(source: string): Parsed {
  let at = 0;
  const variables = new Set<string>();
  const fail = (what: string): never => { throw new MessageSyntaxError(what, at); };
  const space = () => { while (at < source.length && /\s/.test(source[at]!)) at++; };
  const expect = (text: string) => { if (!source.startsWith(text, at)) fail(`expected “${text}”`); at += text.length; };
  const name = (): string => { const m = NAME.exec(source.slice(at)); if (!m) fail('expected a name'); at += m![0].length; return m![0]; };
  const variable = (): string => { expect('$'); const n = name(); variables.add(n); return n; };
  const literal = (): string => {
    if (source[at] === '|') {
      at++;
      let text = '';
      while (source[at] !== '|') {
        if (at >= source.length) fail('unclosed |quoted literal|');
        if (source[at] === '\\') at++;
        text += source[at++];
      }
      at++;
      return text;
    }
    const number = NUMBER.exec(source.slice(at));
    if (number) { at += number[0].length; return number[0]; }
    return name();
  };
  /** `{ $var :fn opt=value @attr }` or `{ literal … }` or `{ :fn … }`; returns its text, whitespace collapsed. */
  const expression = (): string => {
    const start = at;
    expect('{');
    space();
    if (source[at] === '$') variable();
    else if (source[at] !== ':') literal();
    space();
    if (source[at] === ':') {
      at++;
      name();
      if (source[at] === ':') { at++; name(); }
      for (;;) {
        const before = at;
        space();
        if (at === before || !NAME.test(source.slice(at))) { at = before; break; }
        name();
        space();
        expect('=');
        space();
        if (source[at] === '$') variable(); else literal();
      }
    }
    for (;;) {
      space();
      if (source[at] !== '@') break;
      at++;
      name();
      if (source[at] === '=') { at++; literal(); }
    }
    space();
    expect('}');
    return source.slice(start, at).replace(/\s+/g, ' ');
  };
  /** Text and placeholders up to `end` (the end of the message, or `}}` in a quoted pattern). */
  const pattern = (quoted: boolean) => {
    for (;;) {
      if (at >= source.length) { if (quoted) fail('unclosed {{pattern}}'); return; }
      const c = source[at]!;
      if (quoted && source.startsWith('}}', at)) return;
      if (c === '\\') {
        if (!'{}|\\'.includes(source[at + 1] ?? '')) fail('a backslash escapes only { } | \\');
        at += 2;
      } else if (c === '{') {
        if (source.startsWith('{{', at)) fail('“{{” inside a pattern');
        expression();
      } else if (c === '}') {
        fail('an unescaped “}”');
      } else at++;
    }
  };

  space();
  if (source[at] !== '.' && !source.startsWith('{{', at)) {
    at = 0;
    pattern(false);
    return { declarations: [], selectors: [], variants: [[]], variables: [...variables].sort() };
  }
  const declarations: string[] = [];
  for (;;) {
    space();
    if (source.startsWith('.input', at)) {
      at += '.input'.length;
      space();
      const text = expression();
      if (!text.startsWith('{$')) fail('.input declares a variable');
      declarations.push(`.input ${text}`);
    } else if (source.startsWith('.local', at)) {
      at += '.local'.length;
      space();
      const n = variable();
      space();
      expect('=');
      space();
      declarations.push(`.local $${n} = ${expression()}`);
    } else break;
  }
  const selectors: string[] = [];
  const variants: string[][] = [];
  const quotedPattern = () => { expect('{{'); pattern(true); expect('}}'); };
  if (source.startsWith('.match', at)) {
    at += '.match'.length;
    for (;;) {
      space();
      if (source[at] !== '$') break;
      selectors.push(variable());
    }
    if (!selectors.length) fail('.match needs a $variable');
    while (space(), at < source.length) {
      const keys: string[] = [];
      while (!source.startsWith('{{', at)) {
        if (source[at] === '*') { at++; keys.push('*'); } else keys.push(literal());
        space();
      }
      if (keys.length !== selectors.length) fail(`a variant needs ${selectors.length} key(s), it has ${keys.length}`);
      quotedPattern();
      variants.push(keys);
    }
    if (!variants.some((keys) => keys.every((key) => key === '*'))) fail('.match needs a catch-all “*” variant');
  } else {
    quotedPattern();
    variants.push([]);
  }
  space();
  if (at < source.length) fail('text after the message');
  return { declarations, selectors, variants, variables: [...variables].sort() };
}
