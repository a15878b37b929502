import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../src/privacy/address.ts';

const spans = (text: string) => findAddresses(text).map((m) => text.slice(m.index, m.index + m.length));

describe('findAddresses', () => {
  it('finds street, house and flat words next to a number', () => {
    expect(spans('Абай көшесі, 12')).toEqual(['көшесі, 12']);
    expect(spans('Мекенжайы: 12-үй, 5-пәтер')).toEqual(['12-үй', '5-пәтер']);
    expect(spans('тұрады: ул. Абая, д. 5, кв. 7')).toEqual(['д. 5', 'кв. 7']);
    expect(spans('ул. Абая 15 және проспект Республики, 10')).toEqual(['ул. Абая 15', 'проспект Республики, 10']);
    expect(spans('12а үйде тұрады')).toEqual(['12а үй']);
  });

  it('ignores initials before grades, clubs and other words that only start like an address word', () => {
    expect(spans('Ару Д. 9 сынып, 5 үйірме, үйрену 3 күн, улицах 5')).toEqual([]);
  });
});
