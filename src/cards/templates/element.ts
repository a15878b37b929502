/**
 * Satori takes React-like `{ type, props }` objects; these few helpers build them without React.
 */
export type Style = Record<string, string | number>;
export interface CardElement {
  type: string;
  props: { style?: Style; children?: CardNode | CardNode[]; [attribute: string]: unknown };
}
export type CardNode = CardElement | string;

/** An element with a style and children (satori needs `display: flex` on every div with several children). */
export function h(type: string, style: Style, ...children: CardNode[]): CardElement {
  return { type, props: { style, children } };
}

/** A flex box (the only layout satori knows). */
export function box(style: Style, ...children: CardNode[]): CardElement {
  return h('div', { display: 'flex', ...style }, ...children);
}

/** One line of text that never wraps: the fitter has already decided where lines break. */
export function line(text: string, style: Style): CardElement {
  return h('div', { display: 'flex', whiteSpace: 'pre', ...style }, text);
}
