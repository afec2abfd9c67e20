import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { send } from '../../lib/messages';
import { deleteRule, saveRule } from '../../lib/repository';
import type { TextField } from '../../lib/field-state';
import { ruleFrom, rulePhrasesText, writeRulePhrases } from '../../lib/rules';
import { getSetting, writeSettingField, type SettingValue } from '../../lib/settings';
import { EditableText } from '../EditableText';
import { sayError, t } from '../i18n';
import { Profile } from './Profile';
import { SyncSettings } from './SyncSettings';

const leadDaysField: TextField<SettingValue<'reminderLeadDays'>> = {
  read: (days) => days.join(', '),
  apply: (_, typed) =>
    typed
      .split(/[\s,;]+/)
      .filter(Boolean)
      .map(Number)
      .filter((day) => Number.isInteger(day) && day >= 0 && day <= 60)
      .slice(0, 5),
};

/** Reminder lead times, and the user's own tags with the phrases that set them. */
export function Settings() {
  const leadDays = useLiveQuery(() => getSetting(db, 'reminderLeadDays'), []);
  const rules = useLiveQuery(() => db.rules.orderBy('id').toArray(), []);
  const [label, setLabel] = useState('');
  const [phrases, setPhrases] = useState('');
  const [retagged, setRetagged] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const retag = async () => {
    setRetagged(t('retagging'));
    const { changed } = await send('reread', {});
    setRetagged(t('retagged', changed));
  };
  /** Runs a change; its failure (a full disk, storage disabled) is shown, already in the user's words. */
  const attempt = async (change: () => Promise<void>) => {
    setFailure(null);
    try {
      await change();
    } catch (error) {
      setFailure(sayError(error));
    }
  };

  if (!leadDays || !rules) return null;
  return (
    <section className="settings" aria-label={t('settings')}>
      <Profile />
      <SyncSettings />
      <EditableText
        name="lead-days"
        label={t('reminderLeadDays')}
        value={leadDaysField.read(leadDays)}
        write={async ({ seen, typed }) => {
          const outcome = await writeSettingField(db, 'reminderLeadDays', leadDaysField, seen, typed);
          if (outcome.written) await send('refresh', {});
          return outcome;
        }}
      />
      <fieldset data-testid="rules">
        <legend>{t('myTags')}</legend>
        <ul>
          {rules.map((rule) => (
            <li key={rule.id}>
              <EditableText
                name={`rule-phrases-${rule.id}`}
                label={rule.label}
                value={rulePhrasesText(rule)}
                write={async ({ seen, typed }) => {
                  const outcome = await writeRulePhrases(db, rule.id, seen, typed);
                  if (outcome.written) await retag();
                  return outcome;
                }}
              />{' '}
              <button
                aria-label={`${t('delete')}: ${rule.label}`}
                onClick={() =>
                  attempt(async () => {
                    await deleteRule(db, rule.id);
                    await retag();
                  })
                }
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (!label.trim()) return;
            void attempt(async () => {
              await saveRule(db, ruleFrom(label, phrases));
              setLabel('');
              setPhrases('');
              await retag();
            });
          }}
        >
          <div className="row">
            <label>
              {t('tagName')}
              <input name="rule-label" value={label} onChange={(event) => setLabel(event.target.value)} placeholder="SEACOP" />
            </label>
            <label>
              {t('tagPhrases')}
              <input name="rule-phrases" value={phrases} onChange={(event) => setPhrases(event.target.value)} placeholder={t('tagPhrasesExample')} />
            </label>
            <button type="submit">{t('addRule')}</button>
          </div>
        </form>
        {retagged && <p role="status" data-testid="retag-status">{retagged}</p>}
        {failure && (
          <p className="error" role="alert" data-testid="settings-error">
            {failure}
          </p>
        )}
      </fieldset>
    </section>
  );
}
