/**
 * The user's own tags with their own phrases, and the re-reading of saved postings when a rule
 * changes or the extension is updated. Re-reading replaces only the automatic tags: what the user
 * added or removed by hand stays.
 */
import type { VacancyDatabase } from './db';
import { derive } from './derive';
import type { WriteOutcome } from './field-state';
import { UserRuleSchema, type SavedPosting, type UserRule } from './schema';
import { fold } from './text';
import { NoticeError, notice } from './notice';
import { withIndexKeys, writing } from './repository';

export function ruleFrom(label: string, phrasesText: string, now = new Date(), existing?: UserRule): UserRule {
  const phrases = phrasesText.split(/[,;\n]/).map((phrase) => phrase.trim()).filter(Boolean);
  const at = now.toISOString();
  return UserRuleSchema.parse({
    id: existing?.id ?? (fold(label).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || crypto.randomUUID()),
    label: label.trim(),
    family: 'user',
    phrases: phrases.length > 0 ? phrases : [label.trim()],
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  });
}

export function rulePhrasesText(rule: UserRule): string {
  return rule.phrases.join(', ');
}

/** Changes a rule's phrases only if they still read as the user saw them (compared and set in one transaction). */
export function writeRulePhrases(db: VacancyDatabase, id: string, seen: string, typed: string, now = new Date()): Promise<WriteOutcome> {
  return writing(db, db.rules, async () => {
    const rule = await db.rules.get(id);
    if (!rule) throw new NoticeError(notice('errorTagDeletedMeanwhile'));
    const current = rulePhrasesText(rule);
    if (current !== seen) return { written: false, current };
    const changed = ruleFrom(rule.label, typed, now, rule);
    await db.rules.put(changed);
    return { written: true, stored: rulePhrasesText(changed) };
  });
}

/** Postings re-tagged per transaction: small enough that the tracker stays responsive meanwhile. */
const BATCH_SIZE = 200;

/**
 * Reads every saved posting again from its stored fields and description: its derived fields
 * (lib/derive.ts) under the current readers, classifier and rules. Returns how many
 * changed. Runs after a rule changes and after an update of the extension.
 */
export async function rereadAll(db: VacancyDatabase): Promise<number> {
  const rules = await db.rules.toArray();
  const ids = (await db.postings.toCollection().primaryKeys()) as string[];
  let changed = 0;
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    const batch = ids.slice(start, start + BATCH_SIZE);
    // A bulk path (see lib/repository.ts): batches of its own, each one transaction.
    await writing(db, db.postings, db.descriptions, async () => {
      const records = (await db.postings.bulkGet(batch)).filter((record): record is SavedPosting => record !== undefined);
      const descriptions = await db.descriptions.bulkGet(records.map((record) => record.id));
      const updated: SavedPosting[] = [];
      records.forEach((record, index) => {
        const description = descriptions[index]?.text ?? '';
        const extracted = { ...record.extracted, ...derive({ ...record.extracted, description }, rules) };
        // Compared once validated: the schema puts keys in one order, stored and fresh alike.
        const reread = withIndexKeys({ ...record, extracted });
        if (JSON.stringify(reread.extracted) === JSON.stringify(record.extracted)) return;
        updated.push(reread);
      });
      await db.postings.bulkPut(updated);
      changed += updated.length;
    });
  }
  return changed;
}
