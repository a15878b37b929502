import type { SiteContent } from './site-content.ts';

/**
 * A value worked out once per build's content and key (a dimension and a language, a scope…):
 * `const options = perContent<Option[]>()`, then `options(content, key, () => compute())`. Held
 * weakly by the content, so a dev server's reload drops the old build's values.
 */
export function perContent<T>(): (content: SiteContent, key: string, compute: () => T) => T {
  const cache = new WeakMap<SiteContent, Map<string, T>>();
  return (content, key, compute) => {
    let byKey = cache.get(content);
    if (!byKey) cache.set(content, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) byKey.set(key, (value = compute()));
    return value;
  };
}
