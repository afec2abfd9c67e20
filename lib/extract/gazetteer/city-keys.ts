/**
 * The key a city is looked up by, and the gazetteer's entries keyed by it. scripts/build-cities.ts
 * computes the entries at install, so that neither the extension nor the CLI folds 7,300 names at
 * every start (a twentieth of the CLI's start-up).
 */
import { fold } from '../../text';

export const keyOf = (name: string) =>
  fold(name)
    .replace(/[-'’.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** [key, name, country]: one entry per key, the most populous city of that name. */
export type CityEntry = [string, string, string];

export function cityEntries(cities: Iterable<readonly [name: string, country: string, population: number]>): CityEntry[] {
  const byKey = new Map<string, { name: string; country: string; population: number }>();
  for (const [name, country, population] of cities) {
    const key = keyOf(name);
    const known = byKey.get(key);
    if (key.length > 2 && (!known || known.population < population)) byKey.set(key, { name, country, population });
  }
  return Array.from(byKey, ([key, { name, country }]) => [key, name, country]);
}
