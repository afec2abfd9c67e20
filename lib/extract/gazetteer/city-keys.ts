/**
 * The key a city is looked up by, and the gazetteer as a table sorted by key. scripts/build-cities.ts
 * makes the table at install, so that neither the extension nor the CLI folds 7,300 names, nor fills a
 * map with them, at every start (a tenth of the CLI's start-up). A change here needs the table made
 * again (`npx tsx scripts/build-cities.ts`): test/unit/city-table.test.ts fails until it is.
 */
import { fold } from '../../text';

export const keyOf = (name: string) =>
  fold(name)
    .replace(/[-'’.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * One city per key (the most populous of that name), sorted by key in code-unit order: the keys and
 * the names joined by line breaks, the two-letter countries one after the other, in the same order.
 */
export interface CityTable {
  keys: string;
  names: string;
  countries: string;
}

export function cityTable(cities: Iterable<readonly [name: string, country: string, population: number]>): CityTable {
  const byKey = new Map<string, { name: string; country: string; population: number }>();
  for (const [name, country, population] of cities) {
    const key = keyOf(name);
    const known = byKey.get(key);
    if (key.length > 2 && (!known || known.population < population)) byKey.set(key, { name, country, population });
  }
  const sorted = Array.from(byKey).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    keys: sorted.map(([key]) => key).join('\n'),
    names: sorted.map(([, city]) => city.name).join('\n'),
    countries: sorted.map(([, city]) => city.country).join(''),
  };
}

/** The index of the first of the sorted keys that is not before `key` (keys.length when none). */
export function firstNotBefore(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
