import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICES, NOTICE_CODES } from '../../lib/notice';
import { CONTRACT_TYPES, EDUCATION_LEVELS, EvidenceSchema, STATUSES } from '../../lib/schema';
import { evidenceKey } from '../../components/words';
import { CSV_COLUMNS } from '../../lib/transfer/csv';
import { SYNC_ERRORS, SYNC_STATES } from '../../lib/sync/config';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export const LANGUAGES = readdirSync('public/_locales').sort();
const load = (language: string) => JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Messages;
const locales = Object.fromEntries(LANGUAGES.map((language) => [language, load(language)]));
const english = locales.en!;

/** Every kind of evidence lib/extract/evidence.ts may list, read from its source. */
const EVIDENCE = [...readFileSync('lib/extract/evidence.ts', 'utf8').matchAll(/found\.push\('([^']+)'\)/g)].map((match) => match[1]!);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

/**
 * Keys named in the code: any quoted key in components/ and entrypoints/ (t('key'), getMessage('key'),
 * a table of labels), __MSG_key__ in the manifest, and the families built from data.
 */
function usedKeys(): Set<string> {
  const used = new Set<string>(['uiLocale', ...NOTICE_CODES, ...EVIDENCE.map(evidenceKey)]);
  // lib/sync/config.ts names the problems of a server address by their message keys.
  for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints'), 'wxt.config.ts', 'lib/sync/config.ts']) {
    const text = readFileSync(file, 'utf8');
    for (const [, key] of text.matchAll(/'([A-Za-z0-9_]+)'/g)) if (key! in english) used.add(key!);
    for (const [, key] of text.matchAll(/\b(?:t|getMessage)\('([A-Za-z0-9_]+)'/g)) used.add(key!);
    for (const [, key] of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(key!);
  }
  // Exports (Markdown, iCalendar) are worded in lib/transfer through the t() the interface hands them.
  for (const file of sourceFiles('lib/transfer')) {
    for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(key!);
  }
  const families: Record<string, readonly string[]> = {
    status_: STATUSES,
    contract_: CONTRACT_TYPES,
    education_: EDUCATION_LEVELS,
    fitVerdict_: ['fits', 'gaps', 'blocked', 'unknown'],
    fitOutcome_: ['met', 'unmet', 'unknown'],
    evidenceWhere_: EvidenceSchema.shape.where.options,
    csvColumn_: CSV_COLUMNS,
    syncState_: SYNC_STATES,
    '': SYNC_ERRORS,
  };
  for (const [prefix, values] of Object.entries(families)) for (const value of values) used.add(`${prefix}${value}`);
  return used;
}

describe('UI strings', () => {
  it('English, French and Spanish are there', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'fr', 'es']));
  });

  it('every language has every English string, and no other, none of them empty', () => {
    for (const [language, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), language).toEqual(Object.keys(english).sort());
      expect(Object.entries(messages).filter(([, { message }]) => message.trim() === '').map(([key]) => key), language).toEqual([]);
    }
  });

  it('every $NAME$ in a message has its placeholder, and each language uses the same ones', () => {
    for (const [language, messages] of Object.entries(locales)) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        for (const [, name] of message.matchAll(/\$([A-Z]+)\$/g)) {
          expect(placeholders?.[name!.toLowerCase()], `${language} ${key}: $${name}$`).toBeDefined();
        }
        expect(placeholders, `${language} ${key}`).toEqual(english[key]!.placeholders);
      }
    }
  });

  it('every notice of lib/ is a message whose $1, $2… are its parameters in order, in every language', () => {
    for (const [language, messages] of Object.entries(locales)) {
      for (const code of NOTICE_CODES) {
        const entry = messages[code];
        expect(entry, `${language} ${code}`).toBeDefined();
        const parameters = Object.keys(NOTICES[code]);
        const expected = parameters.length === 0 ? undefined : Object.fromEntries(parameters.map((name, index) => [name, { content: `$${index + 1}` }]));
        expect(entry!.placeholders, `${language} ${code}`).toEqual(expected);
        for (const name of parameters) expect(entry!.message, `${language} ${code}`).toContain(`$${name.toUpperCase()}$`);
      }
      for (const evidence of EVIDENCE) expect(messages[evidenceKey(evidence)], `${language} ${evidence}`).toBeDefined();
    }
  });

  it('every key the code uses exists, and every key is used', () => {
    const used = usedKeys();
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !(key in english)).sort()).toEqual([]);
    expect(Object.keys(english).filter((key) => !used.has(key)).sort()).toEqual([]);
  });
});
