/**
 * The cards' colours: flat fills only, because gradients and shadows cost librsvg more time
 * per card than the whole layout does. Deep blue and sun gold, after the flag of Kazakhstan.
 */
export const PALETTE = {
  background: '#0b3c5d',
  sun: '#f9c80e',
  sunSoft: '#164d73',
  text: '#ffffff',
  muted: '#cfe3f1',
  badgeText: '#0b3c5d',
  cancelled: '#d62828',
} as const;
