/**
 * `npm run new:member -- --region R [--unit U [--rural V]] --name "Given Surname"
 *  --consent-name full|initial|hidden [--photo yes|no] --grade N [--role leader|member]
 *  [--heads a,b] [--coordinates a,b] [--id …] [--content DIR] [--now ISO]`
 * Adds the member to the right representation file, with the name in the form the consent allows;
 * asks for what the flags leave out when run in a terminal.
 */
import { memberFromAnswers, memberQuestions } from '../src/scaffold/new-member.ts';
import { runScaffold } from '../src/scaffold/run.ts';

await runScaffold({
  name: 'new:member',
  edits: true,
  questions: memberQuestions,
  build: (answers, { contentDir, content, now }) => memberFromAnswers(contentDir, content, answers, now),
});
