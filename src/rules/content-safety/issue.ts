import type { Params } from '../types.ts';

/** A problem in a body: its rule, an offset into the body text, and message params (never content). */
export interface BodyIssue {
  rule: 'mdx-syntax' | 'mdx-esm' | 'mdx-expression' | 'mdx-component' | 'html-tag' | 'html-handler' | 'html-url' | 'html-attribute' | 'body-too-deep';
  offset: number;
  params: Params;
}
