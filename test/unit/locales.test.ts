import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (language: string) => JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const english = load('en');
const french = load('fr');

describe('UI strings', () => {
  it('French has every English string, and no other', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
  });

  it('every $NAME$ in a message has its placeholder, in both languages', () => {
    for (const messages of [english, french]) {
      for (const [key, { message, placeholders }] of Object.entries(messages)) {
        for (const [, name] of message.matchAll(/\$([A-Z]+)\$/g)) {
          expect(placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
        }
      }
    }
  });

  it('every key the components use exists', () => {
    const used = new Set<string>();
    for (const file of ['components/Popup.tsx', 'components/PostingPreview.tsx', 'components/SavedList.tsx', 'components/TagList.tsx', 'components/deadline.ts', 'components/tracker/Tracker.tsx', 'components/tracker/Table.tsx', 'components/tracker/Board.tsx', 'components/tracker/Filters.tsx', 'components/tracker/Detail.tsx', 'components/tracker/BulkBar.tsx', 'components/tracker/Settings.tsx', 'components/tracker/Transfer.tsx', 'components/options.tsx', 'components/UndoDelete.tsx', 'components/Fit.tsx', 'components/tracker/Profile.tsx', 'components/tracker/SyncSettings.tsx']) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) used.add(key!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !(key in english))).toEqual([]);
  });
});
