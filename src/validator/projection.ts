/**
 * Compact facts for the whole-content rule families, learned rather than declared.
 *
 * A family's `check` reads some fields of the parsed content (member ids, heads, an event's
 * dates, ...). On a full run the validator hands it the parsed values behind *recording*
 * proxies, which note every field read, per kind of file (a `ReadMask`). The cache then keeps,
 * for each file, only the fields in its kind's mask (`project`): those are the facts. On a
 * re-run the families read the cached facts with a *guard* in their prototype chain: a read of
 * a field the mask does not hold (a family changed, or a data-dependent branch taken for the
 * first time) reaches the guard, which throws `ProjectionMiss`, and the validator redoes the run
 * in full. So a family never sees a missing field as `undefined`, and no family has to know the
 * cache exists. The guard sits in the prototype, not around each object, so reading a field
 * that is there costs what it costs on plain data.
 *
 * What the guard cannot see: a check that lists an object's own keys (Object.keys/entries,
 * spread, hasOwn) where the full run never did. The full run marks any object whose keys it
 * lists as read whole, so only a listing that depends on the data, first taken after the
 * cache was written, could differ; `for…in` and `in` are guarded.
 *
 * Only plain objects and arrays are watched; dates, strings and numbers are leaves, read whole.
 */

/** The fields read below one value: all of it (`w`), some keys (`k`), or an array's elements (`e`). */
export interface ReadMask {
  w?: 1;
  k?: Record<string, ReadMask>;
  e?: ReadMask;
}

/** A read outside the cached facts: the run cannot be answered from the cache. */
export class ProjectionMiss extends Error {
  constructor(key: string) {
    super(`not in the validate cache's facts: ${key}`);
  }
}

const EMPTY: ReadMask = Object.freeze({}) as ReadMask;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return Array.isArray(value) || isPlainObject(value);
}

/** An array index key (`"0"`, `"12"`): its first character is a digit (no other key of an array starts with one). */
function isIndex(key: string): boolean {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** Wraps parsed values so that every field read is added to `mask` (mutated in place). */
export function recording(value: unknown, mask: ReadMask): unknown {
  return new Recorder().wrap(value, mask);
}

/** One recording: a proxy per object (the same one each time, so identity holds), one handler per mask node. */
class Recorder {
  readonly #proxies = new WeakMap<object, unknown>();
  readonly #handlers = new WeakMap<ReadMask, ProxyHandler<Record<string, unknown>>>();

  wrap(value: unknown, mask: ReadMask): unknown {
    if (mask.w || !isContainer(value)) return value;
    const known = this.#proxies.get(value);
    if (known) return known;
    if (Array.isArray(value)) {
      // An array is kept whole in the facts, so it needs no proxy: a real array of its elements,
      // each watched (elements that are not objects are kept whole too).
      let copy: unknown[] = value;
      if (value.some(isContainer)) {
        const elements = (mask.e ??= {});
        if (!elements.w) copy = value.map((item) => this.wrap(item, elements));
      } else if (value.length > 0) {
        (mask.e ??= { w: 1 }).w = 1;
      }
      this.#proxies.set(value, copy);
      return copy;
    }
    let handler = this.#handlers.get(mask);
    if (!handler) this.#handlers.set(mask, (handler = this.#handler(mask)));
    const proxy = new Proxy(value as Record<string, unknown>, handler);
    this.#proxies.set(value, proxy);
    return proxy;
  }

  #handler(mask: ReadMask): ProxyHandler<Record<string, unknown>> {
    const child = (key: string, found: unknown): ReadMask => {
      const keys = (mask.k ??= {});
      let next = keys[key];
      if (!next) next = keys[key] = isContainer(found) ? {} : { w: 1 };
      else if (!next.w && found !== undefined && !isContainer(found)) next.w = 1;
      return next;
    };
    const element = (found: unknown): ReadMask => {
      if (!mask.e) mask.e = isContainer(found) ? {} : { w: 1 };
      else if (!mask.e.w && found !== undefined && !isContainer(found)) mask.e.w = 1;
      return mask.e;
    };
    return {
      get: (target, key, receiver) => {
        if (typeof key === 'symbol') return Reflect.get(target, key, receiver);
        if (Array.isArray(target)) {
          if (!isIndex(key)) return Reflect.get(target, key, receiver);
          const found: unknown = target[Number(key)];
          return found === undefined ? found : this.wrap(found, element(found));
        }
        const own = Object.hasOwn(target, key);
        if (!own && !(mask.k && key in mask.k) && key in Object.prototype) return Reflect.get(target, key, receiver);
        const found = own ? target[key] : undefined;
        return this.wrap(found, child(key, found));
      },
      has: (target, key) => {
        if (typeof key !== 'symbol' && !Array.isArray(target)) child(key, Object.hasOwn(target, key) ? target[key] : undefined);
        return Reflect.has(target, key);
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (typeof key !== 'symbol' && !Array.isArray(target)) child(key, Object.hasOwn(target, key) ? target[key] : undefined);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      ownKeys: (target) => {
        if (!Array.isArray(target)) mask.w = 1;
        return Reflect.ownKeys(target);
      },
    };
  }
}

const guards = new WeakMap<ReadMask, object>();

/** The prototype of a cached object whose fields are `mask`'s: absent from the data, or a miss. */
function guardOf(mask: ReadMask): object {
  let guard = guards.get(mask);
  if (guard) return guard;
  const known = (key: string | symbol) => typeof key === 'symbol' || key in Object.prototype;
  guard = new Proxy(Object.create(Object.prototype) as object, {
    get(_, key, receiver) {
      if (known(key)) return Reflect.get(Object.prototype, key, receiver);
      if (mask.k && Object.hasOwn(mask.k, key)) return undefined;
      throw new ProjectionMiss(String(key));
    },
    has(_, key) {
      if (known(key)) return true;
      if (mask.k && Object.hasOwn(mask.k, key)) return false;
      throw new ProjectionMiss(String(key));
    },
    set(_, key, value, receiver) {
      return Reflect.defineProperty(receiver, key, { value, writable: true, enumerable: true, configurable: true });
    },
    ownKeys() {
      throw new ProjectionMiss('(all keys)');
    },
    getPrototypeOf: () => Object.prototype,
  });
  guards.set(mask, guard);
  return guard;
}

/** Puts the guard under every object of cached facts projected by `mask` (in place); returns `value`. */
export function guard<T>(value: T, mask: ReadMask = EMPTY): T {
  if (mask.w || !isContainer(value)) return value;
  if (Array.isArray(value)) {
    const element = mask.e ?? EMPTY;
    for (const item of value) guard(item, element);
    return value;
  }
  Object.setPrototypeOf(value, guardOf(mask));
  if (mask.k) for (const key in mask.k) if (Object.hasOwn(value, key)) guard(value[key], mask.k[key]);
  return value;
}

/** The part of `value` that `mask` names: what the cache keeps of a parsed file. */
export function project(value: unknown, mask: ReadMask = EMPTY): unknown {
  if (mask.w || !isContainer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => project(item, mask.e));
  const out: Record<string, unknown> = {};
  if (mask.k) for (const key in mask.k) if (Object.hasOwn(value, key)) out[key] = project(value[key], mask.k[key]);
  return out;
}

/** Whether a value read from the cache is a well-formed mask (a corrupt cache is never trusted). */
export function isReadMask(value: unknown): value is ReadMask {
  if (!isPlainObject(value)) return false;
  const { w, k, e } = value as ReadMask;
  if (w !== undefined && w !== 1) return false;
  if (e !== undefined && !isReadMask(e)) return false;
  if (k !== undefined && (!isPlainObject(k) || !Object.values(k).every(isReadMask))) return false;
  return true;
}

/**
 * Facts as the cache stores them: shaped by the mask, so that reading them back builds each
 * object once, with the guard as its prototype, and an array of like objects (a roster's
 * members) is stored as one column per field rather than one object per member. Both halves
 * walk the same mask; a value that does not fit it (a union the mask cannot tell apart) throws
 * `Unshaped`, and the file's facts are stored as they are (`guard` then walks them on reading).
 */
export class Unshaped extends Error {}

type Shape = 'whole' | 'object' | 'array' | 'empty';

function shapeOf(mask: ReadMask): Shape {
  if (mask.w) return 'whole';
  if (mask.k && !mask.e) return 'object';
  if (mask.e && !mask.k) return 'array';
  if (!mask.k && !mask.e) return 'empty';
  throw new Unshaped();
}

const keysOf = (mask: ReadMask) => Object.keys(mask.k!);

/** One value's facts, encoded by its mask (the value need not be projected first: only the mask's fields are read). */
export function encodeFacts(value: unknown, mask: ReadMask): unknown {
  switch (shapeOf(mask)) {
    case 'whole':
      return value;
    case 'empty':
      return project(value, mask);
    case 'object': {
      if (!isPlainObject(value)) throw new Unshaped();
      return keysOf(mask).map((key) => {
        if (!Object.hasOwn(value, key)) return undefined;
        if (value[key] === undefined) throw new Unshaped();
        return encodeFacts(value[key], mask.k![key]!);
      });
    }
    case 'array':
      if (!Array.isArray(value)) throw new Unshaped();
      return encodeMany(value, mask.e!);
  }
}

/** A list of values under one mask: objects become columns `{ n, c: [{ a: absent indexes, v }] }`. */
function encodeMany(values: unknown[], mask: ReadMask): unknown {
  if (values.some((v) => v === undefined)) throw new Unshaped();
  switch (shapeOf(mask)) {
    case 'whole':
      return values;
    case 'empty':
      return values.map((value) => project(value, mask));
    case 'array':
      return values.map((value) => {
        if (!Array.isArray(value)) throw new Unshaped();
        return encodeMany(value, mask.e!);
      });
    case 'object': {
      if (!values.every(isPlainObject)) throw new Unshaped();
      const rows = values as Record<string, unknown>[];
      const columns = keysOf(mask).map((key) => {
        const absent: number[] = [];
        const present: unknown[] = [];
        rows.forEach((row, i) => (Object.hasOwn(row, key) ? present.push(row[key]) : absent.push(i)));
        return { a: absent, v: encodeMany(present, mask.k![key]!) };
      });
      return { n: rows.length, c: columns };
    }
  }
}

/** The facts `encodeFacts` stored, rebuilt with the guard under every object. */
export function decodeFacts(encoded: unknown, mask: ReadMask): unknown {
  switch (shapeOf(mask)) {
    case 'whole':
      return encoded;
    case 'empty':
      return guard(encoded, mask);
    case 'object': {
      // Built plain, then given the guard: assigning a new key under the guard would go through its trap.
      const object: Record<string, unknown> = {};
      const keys = keysOf(mask);
      const values = encoded as unknown[];
      for (let i = 0; i < keys.length; i++) if (values[i] !== undefined) object[keys[i]!] = decodeFacts(values[i], mask.k![keys[i]!]!);
      return Object.setPrototypeOf(object, guardOf(mask));
    }
    case 'array':
      return decodeMany(encoded, mask.e!);
  }
}

function decodeMany(encoded: unknown, mask: ReadMask): unknown[] {
  switch (shapeOf(mask)) {
    case 'whole':
      return encoded as unknown[];
    case 'empty':
      return (encoded as unknown[]).map((value) => guard(value, mask));
    case 'array':
      return (encoded as unknown[]).map((value) => decodeMany(value, mask.e!));
    case 'object': {
      const { n, c } = encoded as { n: number; c: { a: number[]; v: unknown }[] };
      const rows: Record<string, unknown>[] = [];
      for (let i = 0; i < n; i++) rows.push({});
      const keys = keysOf(mask);
      keys.forEach((key, k) => {
        const { a: absent, v } = c[k]!;
        const values = decodeMany(v, mask.k![key]!);
        let next = 0;
        let skip = 0;
        for (let i = 0; i < n; i++) {
          if (skip < absent.length && absent[skip] === i) skip++;
          else rows[i]![key] = values[next++];
        }
      });
      const proto = guardOf(mask);
      for (const row of rows) Object.setPrototypeOf(row, proto);
      return rows;
    }
  }
}

/**
 * The top-level keys of a mask that `encodeFacts` stores as a tuple (an object read field by
 * field), or undefined: the cache stores such facts one file per field, so a run reads only the
 * fields its families ask for (`decodeLazy`).
 */
export function tupleKeys(mask: ReadMask | undefined): string[] | undefined {
  return mask && !mask.w && mask.k && !mask.e ? keysOf(mask) : undefined;
}

/**
 * Facts `encodeFacts` stored as a tuple, decoded field by field when first asked: `field(i)` is
 * the tuple's i-th value (its column read on first use). It answers as `decodeFacts` would — the
 * same fields, present or absent, in the mask's order, the guard under it — but a family that
 * reads an event's organizer never has the titles and summaries read. One handler per mask; the
 * target keeps the decoded fields in an array (no property is defined on it).
 */
export function decodeLazy(field: (index: number) => unknown, mask: ReadMask): unknown {
  const { count, handler, withGuard } = lazyShape(mask);
  // Made with the guard as its prototype from the start (`withGuard`): setting it afterwards cost more than the rest of the view.
  return new Proxy(Reflect.construct(LazyFacts, [field, count], withGuard) as LazyFacts, handler);
}

/** Per mask, what every lazy view of its facts shares (a warm run makes one per cached file a family reads: 5,000 for the events). */
interface LazyShape {
  count: number;
  handler: ProxyHandler<LazyFacts>;
  /** A constructor whose `prototype` is the mask's guard: `LazyFacts` built with it as `new.target` has the guard as its prototype. */
  withGuard: new () => object;
}
const lazyShapes = new WeakMap<ReadMask, LazyShape>();

function lazyShape(mask: ReadMask): LazyShape {
  let shape = lazyShapes.get(mask);
  if (!shape) {
    const withGuard = function () {} as unknown as LazyShape['withGuard'];
    withGuard.prototype = guardOf(mask);
    lazyShapes.set(mask, (shape = { count: keysOf(mask).length, handler: lazyHandler(mask), withGuard }));
  }
  return shape;
}

const UNREAD = Symbol('unread');

/** The target of `decodeLazy`'s proxy: the decoded fields, each read once; the guard as its prototype. */
class LazyFacts {
  #field: (index: number) => unknown;
  #values: unknown[];
  constructor(field: (index: number) => unknown, count: number) {
    this.#field = field;
    this.#values = new Array<unknown>(count).fill(UNREAD);
  }
  static value(target: LazyFacts, index: number, mask: ReadMask, key: string): unknown {
    let value = target.#values[index];
    if (value === UNREAD) {
      const stored = target.#field(index);
      target.#values[index] = value = stored === undefined ? undefined : decodeFacts(stored, mask.k![key]!);
    }
    return value;
  }
  static set(target: LazyFacts, index: number, value: unknown): void {
    target.#values[index] = value;
  }
}

const lazyHandlers = new WeakMap<ReadMask, ProxyHandler<LazyFacts>>();

function lazyHandler(mask: ReadMask): ProxyHandler<LazyFacts> {
  let handler = lazyHandlers.get(mask);
  if (handler) return handler;
  const keys = keysOf(mask);
  const index = new Map(keys.map((key, i) => [key, i]));
  const at = (key: string | symbol) => (typeof key === 'string' ? index.get(key) : undefined);
  const value = (target: LazyFacts, i: number) => LazyFacts.value(target, i, mask, keys[i]!);
  const descriptor = (value: unknown) => ({ value, writable: true, enumerable: true, configurable: true });
  handler = {
    get(target, key, receiver) {
      const i = at(key);
      // A field of the mask: its value, or undefined when the file has none (as the guard answers); any other key: the guard.
      return i === undefined ? Reflect.get(target, key, receiver) : value(target, i);
    },
    has(target, key) {
      const i = at(key);
      return i === undefined ? Reflect.has(target, key) : value(target, i) !== undefined;
    },
    getOwnPropertyDescriptor(target, key) {
      const i = at(key);
      if (i === undefined) return typeof key === 'symbol' ? undefined : Reflect.getOwnPropertyDescriptor(target, key);
      const found = value(target, i);
      return found === undefined ? undefined : descriptor(found);
    },
    ownKeys(target) {
      // In the mask's order, as `decodeFacts` builds them.
      return keys.filter((_, i) => value(target, i) !== undefined);
    },
    set(target, key, newValue, receiver) {
      const i = at(key);
      if (i === undefined) return Reflect.set(target, key, newValue, receiver);
      LazyFacts.set(target, i, newValue);
      return true;
    },
    defineProperty(target, key, attributes) {
      const i = at(key);
      if (i === undefined || !('value' in attributes)) return Reflect.defineProperty(target, key, attributes);
      LazyFacts.set(target, i, attributes.value);
      return true;
    },
    deleteProperty(target, key) {
      const i = at(key);
      if (i === undefined) return Reflect.deleteProperty(target, key);
      LazyFacts.set(target, i, undefined);
      return true;
    },
  };
  lazyHandlers.set(mask, handler);
  return handler;
}
