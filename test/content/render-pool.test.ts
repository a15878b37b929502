/**
 * Bodies rendered side by side on worker threads (src/content/render-pool.ts) come out exactly as
 * renderBody renders them one by one, a refusal included, in the order given.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBody, UnsafeBodyError } from '../../src/content/render-body.ts';
import { renderBodies } from '../../src/content/render-pool.ts';

const bodies = Array.from({ length: 240 }, (_, i) => ({
  text: i === 151 ? 'Кіріспе\n\n{process.exit(1)}\n' : `Кездесу №${i}\n\n- **бірінші** тармақ\n- <mark>екінші</mark> [сілтеме](https://example.kz/${i})\n\n| а | б |\n| - | - |\n| ${i} | ${i * 2} |\n`,
  mdx: i % 3 !== 0,
}));

describe('renderBodies', () => {
  it('renders on worker threads what renderBody renders, refusals included', async () => {
    const results = await renderBodies(bodies, 2);
    expect(results).toHaveLength(bodies.length);
    for (const [i, { text, mdx }] of bodies.entries()) {
      const result = results[i]!;
      if (i === 151) {
        expect(result).toBeInstanceOf(UnsafeBodyError);
        const error = result as UnsafeBodyError;
        expect([error.rule, error.offset, error.message]).toEqual(['mdx-expression', 9, 'mdx-expression']);
      } else {
        expect(result).toBe(renderBody(text, { mdx }));
      }
    }
  });

  it('renders a few bodies in this thread with the same results', async () => {
    const few = bodies.slice(140, 160);
    const results = await renderBodies(few, 2);
    expect(results[11]).toBeInstanceOf(UnsafeBodyError);
    expect(results[0]).toBe(renderBody(few[0]!.text, { mdx: few[0]!.mdx }));
  });

  it('loads the Markdown pipeline in the calling thread only when it renders bodies there', () => {
    // A fresh process records every module it loads: the content sync's main thread imports the
    // pool and the error class, and hands many bodies to workers, so it never needs the pipeline.
    const pool = fileURLToPath(new URL('../../src/content/render-pool.ts', import.meta.url));
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
      const { renderBodies } = await import(${JSON.stringify(pool)});
      const before = loaded.filter((url) => /render-body|node_modules\\/unified\\//.test(url)).length;
      const [html] = await renderBodies([{ text: '**Сәлем**', mdx: false }], 2);
      const after = loaded.filter((url) => /render-body|node_modules\\/unified\\//.test(url)).length;
      console.log(JSON.stringify({ before, after, html }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { before, after, html } = JSON.parse(run.stdout);
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
    expect(html).toBe(renderBody('**Сәлем**', { mdx: false }));
  });
});
