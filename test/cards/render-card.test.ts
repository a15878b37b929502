import { describe, expect, it } from 'vitest';
import { dropUnusedMasks } from '../../src/cards/render-card.ts';

describe('dropUnusedMasks', () => {
  it('drops the masks nothing refers to and keeps the used ones', () => {
    const svg =
      '<svg><mask id="a"><rect x="0" y="0" width="9" height="9" fill="#fff"/></mask><mask id="b"><rect x="1" y="1" width="2" height="2" fill="#fff"/></mask>' +
      '<image href="x" mask="url(#b)"/></svg>';
    expect(dropUnusedMasks(svg)).toBe('<svg><mask id="b"><rect x="1" y="1" width="2" height="2" fill="#fff"/></mask><image href="x" mask="url(#b)"/></svg>');
  });
});
