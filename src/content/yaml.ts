/**
 * Reading YAML exactly as the build does, and finding where a value stands in its source.
 *
 * Astro 7 parses content with js-yaml 4 (default schema: unquoted dates become `Date`s), so
 * the validator parses with the same call. eemeli's `yaml` gives source ranges but parses ~6×
 * slower, so it runs only for files that have a problem to locate (`locate`), never on the
 * clean path: that is what keeps `validate` on the national dataset inside its budget.
 */
import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';

// eemeli's `yaml` is loaded on the first problem to locate: a clean run never needs it.
const require = createRequire(import.meta.url);
const yamlLibrary = () => require('yaml') as typeof import('yaml');

export type DataPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

export class YamlSyntaxError extends Error {
  readonly position: Position;
  constructor(message: string, position: Position) {
    super(message);
    this.position = position;
  }
}

/** The message of the `YamlSyntaxError` for an anchor or alias (`&name`, `*name`): the rule id `yaml-alias`. */
export const YAML_ALIAS = 'yaml-alias';

/**
 * Parses YAML like Astro's content layer; a syntax error becomes a located `YamlSyntaxError`.
 *
 * Anchors and aliases are refused (message `YAML_ALIAS`): no coordinator needs them, and an alias
 * shares one value between many places, so a 1 KB "billion laughs" file expands into a tree that
 * every walk over the values (and the build's JSON store) would take hours to visit. An alias
 * can only name an anchor, so refusing anchors refuses both. js-yaml's `listener` sees every
 * node as it closes, with the anchor it carries; only a text with an `&` can hold one.
 */
export function parseYaml(text: string): unknown {
  try {
    return jsYaml.load(text, text.includes('&') ? { listener: refuseAnchors } : undefined);
  } catch (error) {
    if (error instanceof YamlSyntaxError) throw error;
    if (error instanceof jsYaml.YAMLException) {
      const mark = error.mark;
      throw new YamlSyntaxError(error.reason || error.message, { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 });
    }
    throw error;
  }
}

/** Stops the parse at the first node that carries an anchor, located at its `&name`. */
function refuseAnchors(event: jsYaml.EventType, state: jsYaml.State): void {
  // `anchor` is js-yaml's own field for the node being composed (not in its type declarations).
  const { anchor } = state as jsYaml.State & { anchor: string | null };
  if (event !== 'close' || anchor === null) return;
  const at = state.input.lastIndexOf(`&${anchor}`, state.position);
  throw new YamlSyntaxError(YAML_ALIAS, positionOfOffset(state.input, Math.max(0, at)));
}

/** 1-based line and column of a character offset. */
export function positionOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * A lazily built map from data paths to source positions for one YAML text.
 * `at: 'key'` points at a mapping key (unknown keys, missing children); `'value'` at the value.
 */
export class YamlLocator {
  private readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(text: string) {
    const { LineCounter, parseDocument } = yamlLibrary();
    this.lines = new LineCounter();
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false, strict: false });
  }

  /** The position of `path`, or of its nearest existing ancestor when the path does not exist. */
  locate(path: DataPath, at: 'key' | 'value' = 'value'): Position {
    return this.position(this.find(path, at).offset);
  }

  /** The `[start, end)` offsets in the text of the value (or the key) at `path`, or undefined when there is none. */
  range(path: DataPath, at: 'key' | 'value' = 'value'): [number, number] | undefined {
    const { node, exact } = this.find(path, at);
    const range = (node as YamlNode | null | undefined)?.range;
    return exact && range ? [range[0], range[1]] : undefined;
  }

  /** The node at `path` (or its nearest existing ancestor, then `exact` is false) and the offset to report. */
  private find(path: DataPath, at: 'key' | 'value'): { node: unknown; offset: number; exact: boolean } {
    const { isMap, isPair, isScalar, isSeq } = yamlLibrary();
    let node: unknown = this.doc.contents;
    let best: number | undefined = rangeStart(node);
    for (const [i, segment] of path.entries()) {
      const last = i === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) return { node, offset: best ?? 0, exact: false };
        const keyStart = rangeStart(pair.key);
        if (last && at === 'key') return { node: pair.key, offset: keyStart ?? best ?? 0, exact: true };
        best = rangeStart(pair.value) ?? keyStart ?? best;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment];
        if (item === undefined) return { node, offset: best ?? 0, exact: false };
        best = rangeStart(item) ?? best;
        node = item;
      } else {
        return { node, offset: best ?? 0, exact: false };
      }
    }
    return { node, offset: best ?? 0, exact: true };
  }

  private position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function rangeStart(node: unknown): number | undefined {
  return (node as YamlNode | null | undefined)?.range?.[0];
}
