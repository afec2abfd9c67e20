/** User settings, validated on read: a damaged value falls back to its default instead of breaking a page. */
import { z } from 'zod';
import type { VacancyDatabase } from './db';
import type { TextField, WriteOutcome } from './field-state';
import { EMPTY_PROFILE, ProfileSchema } from './schema';
import { DEFAULT_LEAD_DAYS } from './reminders';
import { writing } from './repository';

export const SETTINGS = {
  reminderLeadDays: { schema: z.array(z.number().int().min(0).max(60)).max(5), fallback: DEFAULT_LEAD_DAYS },
  exportColumns: { schema: z.array(z.string()), fallback: [] as string[] },
  profile: { schema: ProfileSchema, fallback: EMPTY_PROFILE },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export async function getSetting<K extends SettingKey>(db: VacancyDatabase, key: K): Promise<SettingValue<K>> {
  const stored = await db.settings.get(key);
  const parsed = SETTINGS[key].schema.safeParse(stored?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

/** Reads and writes a setting in one transaction: two quick changes never overwrite each other. */
export function updateSetting<K extends SettingKey>(db: VacancyDatabase, key: K, change: (current: SettingValue<K>) => SettingValue<K>): Promise<void> {
  return writing(db, db.settings, async () => setSetting(db, key, change(await getSetting(db, key))));
}

export async function setSetting<K extends SettingKey>(db: VacancyDatabase, key: K, value: SettingValue<K>): Promise<void> {
  const valid = { key, value: SETTINGS[key].schema.parse(value) };
  // Inside updateSetting's transaction already, or one of its own.
  await writing(db, db.settings, () => db.settings.put(valid));
}

/**
 * Writes one field of a setting only if it still reads as the user saw it, compared and set in one
 * transaction (the settings' counterpart of lib/repository.ts writeField).
 */
export function writeSettingField<K extends SettingKey>(db: VacancyDatabase, key: K, field: TextField<SettingValue<K>>, seen: string, typed: string): Promise<WriteOutcome> {
  return db.transaction('rw', db.settings, async () => {
    const stored = await getSetting(db, key);
    const current = field.read(stored);
    if (current !== seen) return { written: false, current };
    const changed = field.apply(stored, typed);
    await setSetting(db, key, changed);
    return { written: true, stored: field.read(changed) };
  });
}
