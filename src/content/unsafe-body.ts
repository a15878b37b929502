/**
 * A body the renderer (render-body.ts) refuses, on its own: the content sync's main thread needs
 * the error but not the Markdown pipeline, which it loads only when it renders bodies itself
 * (render-pool.ts); importing render-body.ts for the class cost ≈ 0.5 s of CPU per build.
 */
/** Why a body cannot be rendered; the rule ids are the validator's (src/rules/content-safety.ts). */
export type UnsafeBodyRule = 'mdx-esm' | 'mdx-expression' | 'mdx-component' | 'mdx-syntax' | 'body-too-deep';

/** A body the renderer refuses; `offset` is into the body text. */
export class UnsafeBodyError extends Error {
  readonly rule: UnsafeBodyRule;
  readonly offset: number;
  readonly detail: string;
  constructor(rule: UnsafeBodyRule, offset: number, detail = '') {
    super(`${rule}${detail ? `: ${detail}` : ''}`);
    this.rule = rule;
    this.offset = offset;
    this.detail = detail;
  }
}

