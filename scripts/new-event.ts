/**
 * `npm run new:event -- [--title-kk …] [--title-ru …] [--summary-kk …] [--start "2027-06-12 15:00"]
 *  [--end 16:30] [--format online|offline|hybrid] [--platform zoom] [--url https://…] [--place-kk …]
 *  [--organizer region/unit] [--grades 5-11] [--topics a,b] [--registration-url …]
 *  [--registration-deadline YYYY-MM-DD] [--lang kk|ru] [--slug …] [--content DIR] [--now ISO]`
 * Writes content/events/<year>/<slug>.mdx; asks for what the flags leave out when run in a terminal.
 */
import { newEventTiming, PR_RULES } from '../src/pr/rules.ts';
import { eventFromAnswers, eventQuestions } from '../src/scaffold/new-event.ts';
import { runScaffold } from '../src/scaffold/run.ts';

await runScaffold({
  name: 'new:event',
  edits: false,
  questions: eventQuestions,
  build: (answers, { content, now }) => {
    const file = eventFromAnswers(answers);
    const timing = newEventTiming(file.start, now, content.movement?.data.rules.event_lead_days ?? 0);
    if (timing) {
      // Written anyway (the national team may agree to it), but the pull request check will flag it.
      const rule = PR_RULES.get(timing.rule)!;
      const params = timing.params ?? {};
      process.stderr.write(`! ${rule.messages.kk(params)}\n! ${rule.messages.ru(params)}\n`);
    }
    return file;
  },
});
