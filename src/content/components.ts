/**
 * The components an event's MDX body may use (CONTENT-MODEL.md: "MDX here may use only the
 * components the project documents"). Any other `<Component>` is an error (rule
 * `mdx-component`), so a pull request cannot pull in code through a component name.
 *
 * None exist yet, so the list is empty: an event body is Markdown plus the safe HTML of
 * `safe-html.ts`. To add one, implement it for the site, document it for coordinators, and list
 * its name here — the validator and the site then agree on it.
 */
export const CONTENT_COMPONENTS: readonly string[] = [];
