/**
 * Trims city-timezones' 7,300 cities to what place reading needs and writes
 * lib/extract/gazetteer/city-keys.generated.json, git-ignored and rebuilt at every install (postinstall),
 * so the extension ships a fifth of the package's data and the package stays the one source. The
 * cities are a table sorted by their lookup keys, already folded (lib/extract/gazetteer/city-keys.ts).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cityTable } from '../lib/extract/gazetteer/city-keys';

interface CityRecord {
  city: string;
  city_ascii: string;
  iso2: string;
  pop: number;
}

const require = createRequire(import.meta.url);
const cities = require('city-timezones/data/cityMap.json') as CityRecord[];
const trimmed = cities
  .filter((city) => /^[A-Z]{2}$/.test(city.iso2) && city.city.trim() !== '')
  .map((city) => [city.city, city.iso2, Math.round(city.pop)] as const);
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'extract', 'gazetteer', 'city-keys.generated.json');
writeFileSync(target, `${JSON.stringify(cityTable(trimmed))}\n`);
