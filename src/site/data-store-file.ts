import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro's content runtime reads the collections from the virtual module `astro:data-layer-content`,
 * whose default export is the data store as devalue's flat array (`ImmutableDataStore.fromModule`
 * in astro/dist/content/data-store.js). Astro builds that module by inlining the whole store file
 * as one string literal (`export default JSON.parse("…")`, vite-plugin-content-virtual-mod.js): at
 * 1,000 events a 7 MB literal that the bundler parses and writes, V8 compiles and Node's compile
 * cache stores again (13 MB) on every build. The pages are rendered on the machine that ran the
 * content sync, so in `astro build` the module reads the store file itself when the prerender
 * first asks for it: the same array, without the literal. `astro dev` keeps Astro's own module
 * (it reloads it when the store changes). Written for Astro's default single-file store, the
 * `data-store.json` in the cache directory (content/paths.js `getDataStoreFile`).
 */
export function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'myn-jasa:data-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const moduleId = '\0myn-jasa:data-store-file';
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'myn-jasa:data-store-file',
                // `order: 'pre'` runs these before Astro's own hooks for the same id.
                resolveId: { order: 'pre', handler: (id) => (id === 'astro:data-layer-content' ? moduleId : undefined) },
                load: {
                  order: 'pre',
                  handler: (id) => {
                    if (id !== moduleId) return undefined;
                    // As Astro's module: an empty store when no loader wrote one.
                    if (!existsSync(file)) return 'export default new Map();';
                    return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`;
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
