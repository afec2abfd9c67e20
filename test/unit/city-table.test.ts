import { describe, expect, it } from 'vitest';
import generated from '../../lib/extract/gazetteer/city-keys.generated.json';
import { cityTable, firstNotBefore, keyOf } from '../../lib/extract/gazetteer/city-keys';
import { cityNamed, mayStartCity } from '../../lib/extract/gazetteer/cities';

describe('the cities table made at install', () => {
  it('keeps the most populous city of each key, drops keys of two letters or fewer, and sorts by key', () => {
    const table = cityTable([
      ['Santa Cruz', 'BO', 1_500_000],
      ['Bo', 'SL', 150_000],
      ['Santa-Cruz', 'US', 60_000],
      ['Abéché', 'TD', 70_000],
    ]);
    expect(table).toEqual({ keys: 'abeche\nsanta cruz', names: 'Abéché\nSanta Cruz', countries: 'TDBO' });
  });

  it('finds the first key not before a word', () => {
    const keys = ['aba', 'aba x', 'abc'];
    expect([firstNotBefore(keys, 'a'), firstNotBefore(keys, 'aba'), firstNotBefore(keys, 'aba '), firstNotBefore(keys, 'abb'), firstNotBefore(keys, 'b')]).toEqual([0, 0, 1, 2, 3]);
  });

  it('is sorted as the lookups expect, and every city is found by its name and its first word', () => {
    const keys = generated.keys.split('\n');
    const names = generated.names.split('\n');
    expect(keys.every((key, index) => index === 0 || keys[index - 1]! < key)).toBe(true);
    expect(names).toHaveLength(keys.length);
    expect(generated.countries).toHaveLength(2 * keys.length);
    for (const [index, name] of names.entries()) {
      expect(keyOf(name)).toBe(keys[index]);
      expect(cityNamed(name, { allowCommonWords: true })).not.toBeNull();
      expect(mayStartCity(name.split(/[\s-]/)[0]!)).toBe(true);
    }
  });

  it('gives a city its country, the names postings use first, and knows words that start no city', () => {
    expect(cityNamed('OUAGADOUGOU')).toEqual({ name: 'Ouagadougou', country: 'BF' });
    expect(cityNamed("Cox's Bazar")).toEqual({ name: "Cox's Bazar", country: 'BD' });
    expect(cityNamed('Genève')).toEqual({ name: 'Genève', country: 'CH' });
    expect(cityNamed('Mission')).toBeNull();
    expect(mayStartCity('Addis')).toBe(true);
    expect(mayStartCity('Qzxv')).toBe(false);
    expect(mayStartCity('')).toBe(false);
  });
});
