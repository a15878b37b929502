/**
 * The cards' colours: flat fills only, because gradients and shadows cost librsvg more time
 * per card than the whole layout does. Taken from the movement's one palette (src/identity/palette.ts).
 */
import { COLORS } from '../../identity/palette.ts';

export const PALETTE = {
  background: COLORS.navy,
  sun: COLORS.sun,
  sunSoft: COLORS.navySoft,
  text: COLORS.white,
  muted: COLORS.sky,
  badgeText: COLORS.navy,
  cancelled: COLORS.red,
} as const;
