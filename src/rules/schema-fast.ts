/**
 * A quick accept for the content schemas, derived from the zod schemas themselves: a compiled
 * check that answers "valid, and this is what zod would output" for the plain case, or "not sure"
 * (`UNSURE`) for anything else, which zod then parses as before. It never says "invalid", so every
 * finding still comes from zod; it only saves zod's per-value work on the clean files (on the
 * national dataset zod took ≈ 14 % of a cold run, most of it on rosters and events).
 *
 * Sound by construction: each node accepts a subset of what its zod node accepts (the same type
 * test, then the same checks in the same order) and builds the same output (objects in shape
 * order, optional keys left out when absent, the same transforms). A node it does not know (a
 * URL, an e-mail, a record, a lazy schema, a check it does not model) is handed to zod whole:
 * that subtree's own `safeParse`. test/validator/schema-fast.test.ts compares both on every
 * fixture, a generated tree and thousands of mutated values.
 */
import type { z } from 'zod';

/** "Not sure": let zod decide (and report). */
export const UNSURE: unique symbol = Symbol('unsure');
export type QuickParse = (value: unknown) => unknown;

type Def = z.core.$ZodTypeDef & Record<string, unknown>;
type Check = { _zod: { def: { check: string } & Record<string, unknown> } };
/** The base type a node's first test admits; a union is compiled only when its options' bases differ. */
type Base = 'string' | 'number' | 'boolean' | 'date' | 'object' | 'array' | 'any';

interface Node {
  base: Base;
  parse: QuickParse;
  /** An `optional()` field: absent is fine (left out of the output). */
  optional?: boolean;
}

const compiled = new WeakMap<z.core.$ZodType, QuickParse>();

/** The quick parser of `schema` (compiled once per schema). */
export function quickParser(schema: z.core.$ZodType): QuickParse {
  let parse = compiled.get(schema);
  if (!parse) compiled.set(schema, (parse = compile(schema).parse));
  return parse;
}

/** zod itself on a subtree this module does not model. */
function byZod(schema: z.core.$ZodType): Node {
  return {
    base: 'any',
    parse: (value) => {
      const result = (schema as z.ZodType).safeParse(value);
      return result.success ? result.data : UNSURE;
    },
  };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

function compile(schema: z.core.$ZodType): Node {
  const def = schema._zod.def as Def;
  const checks = compileChecks((def.checks ?? []) as unknown as Check[]);
  if (checks === undefined) return byZod(schema);
  const node = compileType(def);
  if (node === undefined) return byZod(schema);
  if (checks.length === 0) return node;
  const inner = node.parse;
  return { ...node, parse: (value) => runChecks(checks, inner(value)) };
}

function compileType(def: Def): Node | undefined {
  if (def['coerce']) return undefined;
  switch (def.type) {
    case 'string':
      // A format (url, email…) has its own test: zod's.
      return def.format === undefined ? { base: 'string', parse: (value) => (typeof value === 'string' ? value : UNSURE) } : undefined;
    case 'number':
      return def.format === 'safeint' ? { base: 'number', parse: (value) => (Number.isSafeInteger(value) ? value : UNSURE) } : undefined;
    case 'boolean':
      return { base: 'boolean', parse: (value) => (typeof value === 'boolean' ? value : UNSURE) };
    case 'date':
      return { base: 'date', parse: (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : UNSURE) };
    case 'enum': {
      const values = new Set(Object.values(def['entries'] as Record<string, unknown>));
      return { base: 'string', parse: (value) => (values.has(value) ? value : UNSURE) };
    }
    case 'optional': {
      const inner = compile(def['innerType'] as z.core.$ZodType);
      return { ...inner, optional: true };
    }
    case 'array': {
      const element = compile(def['element'] as z.core.$ZodType).parse;
      return {
        base: 'array',
        parse: (value) => {
          if (!Array.isArray(value)) return UNSURE;
          // The input itself while every element is its own output (see `sharesInput`); a copy from the first that is not.
          let out: unknown[] | undefined = sharesInput(value) ? undefined : [];
          for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i];
            const parsed = element(item);
            if (parsed === UNSURE) return UNSURE;
            if (out === undefined && parsed !== item) out = value.slice(0, i);
            out?.push(parsed);
          }
          return out ?? value;
        },
      };
    }
    case 'tuple': {
      if (def['rest']) return undefined;
      const items = (def['items'] as z.core.$ZodType[]).map(compile);
      if (items.some((item) => item.optional)) return undefined;
      const parsers = items.map((item) => item.parse);
      return {
        base: 'array',
        parse: (value) => {
          if (!Array.isArray(value) || value.length !== parsers.length) return UNSURE;
          let out: unknown[] | undefined = sharesInput(value) ? undefined : [];
          for (let i = 0; i < parsers.length; i++) {
            const item: unknown = value[i];
            const parsed = parsers[i]!(item);
            if (parsed === UNSURE) return UNSURE;
            if (out === undefined && parsed !== item) out = value.slice(0, i);
            out?.push(parsed);
          }
          return out ?? value;
        },
      };
    }
    case 'object':
      return compileObject(def);
    case 'union':
      return compileUnion(def);
    case 'pipe':
      return compilePipe(def);
    default:
      return undefined;
  }
}

/** A strict object: every key known, none `undefined`; the output in the schema's key order. */
function compileObject(def: Def): Node | undefined {
  if ((def['catchall'] as z.core.$ZodType | undefined)?._zod.def.type !== 'never') return undefined;
  const fields = Object.entries(def['shape'] as Record<string, z.core.$ZodType>).map(([key, schema]) => ({ key, ...compile(schema) }));
  return {
    base: 'object',
    parse: (value) => {
      if (!isPlainObject(value)) return UNSURE;
      // The input itself while every field is its own output (see `sharesInput`); a copy from the first that is not.
      let out: Record<string, unknown> | undefined = sharesInput(value) ? undefined : {};
      let present = 0;
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f]!;
        const item = value[field.key];
        if (item === undefined) {
          if (field.optional) continue;
          return UNSURE;
        }
        const parsed = field.parse(item);
        if (parsed === UNSURE) return UNSURE;
        if (out === undefined && parsed !== item) out = copyFields(value, fields, f);
        if (out !== undefined) out[field.key] = parsed;
        present++;
      }
      // As many keys (zod's for-in: inherited ones too) as known fields with a value: no unknown key, none set to `undefined`.
      // Shared, the input's keys must also come in the schema's order, as zod's output has them.
      let keys = 0;
      let next = 0;
      for (const key in value) {
        keys++;
        if (out !== undefined) continue;
        while (next < fields.length && value[fields[next]!.key] === undefined) next++;
        if (fields[next]?.key === key) next++;
        else out = copyFields(value, fields, fields.length);
      }
      return keys === present ? (out ?? value) : UNSURE;
    },
  };
}

/**
 * Whether a container may be its own output: zod builds a new object or array, but when every
 * element or field is its own output, in the same order, that new one is a copy of the input
 * (same keys, same order, same values, a plain prototype). The input is then returned as it is,
 * so a clean file's typed value and its YAML value are one tree, not two: half the allocation
 * (fewer minor GCs on the national dataset) and less memory. Nothing writes to either value.
 */
function sharesInput(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === (Array.isArray(value) ? Array.prototype : Object.prototype);
}

/** A new object with the fields before `end` that `value` has (each is its own output), in the schema's order. */
function copyFields(value: Record<string, unknown>, fields: readonly { key: string }[], end: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let f = 0; f < end; f++) {
    const item = value[fields[f]!.key];
    if (item !== undefined) out[fields[f]!.key] = item;
  }
  return out;
}

const baseOf = (value: unknown): Base =>
  typeof value === 'string' ? 'string' : typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean'
    : value instanceof Date
      ? 'date'
      : Array.isArray(value)
        ? 'array'
        : 'object';

/**
 * A union whose options each admit another base type, none an object (zod's object test also
 * admits a Date or any other object): the value's type picks the one option zod could accept.
 */
function compileUnion(def: Def): Node | undefined {
  const options = (def['options'] as z.core.$ZodType[]).map(compile);
  const bases = new Set(options.map((o) => o.base));
  if (bases.has('any') || bases.has('object') || bases.size !== options.length || options.some((o) => o.optional)) return undefined;
  const byBase = new Map(options.map((o) => [o.base, o.parse]));
  return {
    base: 'any',
    parse: (value) => {
      const option = byBase.get(baseOf(value));
      return option ? option(value) : UNSURE;
    },
  };
}

/** `in` then zod's `.transform()` (or another schema) on its output. */
function compilePipe(def: Def): Node | undefined {
  const input = compile(def['in'] as z.core.$ZodType);
  if (input.optional) return undefined;
  const outDef = (def['out'] as z.core.$ZodType)._zod.def as Def;
  if (outDef.type === 'transform') {
    const transform = outDef['transform'] as (value: unknown, context: unknown) => unknown;
    return {
      base: input.base,
      parse: (value) => {
        const parsed = input.parse(value);
        if (parsed === UNSURE) return UNSURE;
        const context = { value: parsed, issues: [] as unknown[], addIssue: () => context.issues.push(UNSURE) };
        const out = transform(parsed, context);
        return context.issues.length > 0 || out instanceof Promise ? UNSURE : out;
      },
    };
  }
  const output = compile(def['out'] as z.core.$ZodType);
  if (output.optional) return undefined;
  return {
    base: input.base,
    parse: (value) => {
      const parsed = input.parse(value);
      return parsed === UNSURE ? UNSURE : output.parse(parsed);
    },
  };
}

type CheckFn = (value: unknown) => unknown;

/** A node's checks in zod's order, each returning the (possibly overwritten) value or `UNSURE`; undefined when one is not modelled. */
function compileChecks(checks: readonly Check[]): CheckFn[] | undefined {
  const out: CheckFn[] = [];
  for (const check of checks) {
    const def = check._zod.def;
    const fn = compileCheck(def);
    if (!fn) return undefined;
    out.push(fn);
  }
  return out;
}

const lengthOf = (value: unknown): number => (typeof value === 'string' || Array.isArray(value) ? value.length : Number.NaN);

function compileCheck(def: { check: string } & Record<string, unknown>): CheckFn | undefined {
  switch (def.check) {
    case 'overwrite': {
      const tx = def['tx'] as (value: unknown) => unknown;
      return (value) => tx(value);
    }
    case 'min_length': {
      const minimum = def['minimum'] as number;
      return (value) => (lengthOf(value) >= minimum ? value : UNSURE);
    }
    case 'max_length': {
      const maximum = def['maximum'] as number;
      return (value) => (lengthOf(value) <= maximum ? value : UNSURE);
    }
    case 'greater_than': {
      const bound = def['value'] as number;
      return def['inclusive'] ? (value) => ((value as number) >= bound ? value : UNSURE) : (value) => ((value as number) > bound ? value : UNSURE);
    }
    case 'less_than': {
      const bound = def['value'] as number;
      return def['inclusive'] ? (value) => ((value as number) <= bound ? value : UNSURE) : (value) => ((value as number) < bound ? value : UNSURE);
    }
    case 'string_format': {
      if (def['format'] !== 'regex') return undefined;
      const pattern = def['pattern'] as RegExp;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string) ? value : UNSURE;
      };
    }
    case 'custom': {
      // `.refine(fn)`: fn gets the value. A `.superRefine` or `.check` has no `fn` (its check reads zod's payload): zod's.
      const fn = def['fn'];
      if (typeof fn !== 'function') return undefined;
      return (value) => {
        const ok = fn(value);
        return ok === true || (ok && !(ok instanceof Promise)) ? value : UNSURE;
      };
    }
    default:
      return undefined;
  }
}

function runChecks(checks: readonly CheckFn[], value: unknown): unknown {
  let current = value;
  for (const check of checks) {
    if (current === UNSURE) return UNSURE;
    current = check(current);
  }
  return current;
}
