/**
 * Card benchmark: median ms per card (satori + sharp, one core) and the cards a rebuild renders
 * after a one-event edit. `CONTENT_DIR` picks the content (default content/, the demo).
 */
import { benchCards } from '../src/cards/bench-cards.ts';

const result = await benchCards(process.env.CONTENT_DIR || 'content');
const kinds = Object.entries(result.byKind).map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ');
console.log(`cards: median ${result.medianMs.toFixed(1)} ms per card (CPU ${result.medianCpuMs.toFixed(1)} ms; ${kinds}) over ${result.sampled} cards, one core   (budget 30 ms)`);
const { fullBuild } = result;
console.log(
  `cards: full build of ${fullBuild.cards} cards (${result.events} events, regions, site) on ${fullBuild.workers} workers: ${(fullBuild.ms / 1000).toFixed(1)} s, ${(fullBuild.ms / fullBuild.rendered).toFixed(1)} ms wall per card`,
);
console.log(`cards: rebuild renders ${result.rebuildRendered}; after a one-event edit renders ${result.afterEditRendered} (${result.afterEditRendered / 2} per language; budget ≤ 3 per language)`);
