/**
 * Card benchmark: median time of one card (satori + sharp) on one core, and the cards a rebuild
 * renders after a one-event edit. `CONTENT_DIR` picks the content (default content/, the demo).
 * The CPU time is the per-core cost; the wall time also counts waiting for a busy CPU, so the
 * machine's load is printed beside it.
 */
import { loadavg } from 'node:os';
import { benchCards } from '../src/cards/bench-cards.ts';

const result = await benchCards(process.env.CONTENT_DIR || 'content');
const kinds = Object.entries(result.byKind).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ');
console.log(
  `cards: median ${result.medianCpuMs.toFixed(1)} ms CPU per card on one core (budget 30 ms); wall ${result.medianMs.toFixed(1)} ms (${kinds}) at load ${loadavg()[0]!.toFixed(1)}; ${result.sampled} cards`,
);
const { fullBuild } = result;
console.log(
  `cards: full build of ${fullBuild.cards} cards (${result.events} events, regions, site) on ${fullBuild.workers} workers: ${(fullBuild.ms / 1000).toFixed(1)} s, ${(fullBuild.ms / fullBuild.rendered).toFixed(1)} ms wall per card`,
);
console.log(`cards: rebuild renders ${result.rebuildRendered}; after a one-event edit renders ${result.afterEditRendered} (${result.afterEditRendered / 2} per language; budget ≤ 3 per language)`);
