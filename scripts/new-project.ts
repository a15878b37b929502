/**
 * `npm run new:project -- [--title-kk …] [--title-ru …] [--summary-kk …] [--summary-ru …]
 *  [--representation region/unit] [--topics a,b] [--seasons 2026] [--stage idea|running|done]
 *  [--children N] [--helped N] [--events-held N] [--events 2026/slug,…] [--team id,id]
 *  [--steps "first; second"] [--lang kk|ru] [--slug …] [--content DIR] [--now ISO]`
 * Writes content/projects/<region>/<slug>.mdx; asks for what the flags leave out when run in a terminal.
 */
import { projectFromAnswers, projectQuestions } from '../src/scaffold/new-project.ts';
import { runScaffold } from '../src/scaffold/run.ts';

await runScaffold({ name: 'new:project', edits: false, questions: projectQuestions, build: (answers) => projectFromAnswers(answers) });
