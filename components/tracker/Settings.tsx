import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { send } from '../../lib/messages';
import { ruleFrom } from '../../lib/rules';
import { getSetting, setSetting } from '../../lib/settings';
import { t } from '../i18n';
import { Profile } from './Profile';

/** Reminder lead times, and the user's own tags with the phrases that set them. */
export function Settings() {
  const leadDays = useLiveQuery(() => getSetting(db, 'reminderLeadDays'), []);
  const rules = useLiveQuery(() => db.rules.orderBy('id').toArray(), []);
  const [label, setLabel] = useState('');
  const [phrases, setPhrases] = useState('');
  const [retagged, setRetagged] = useState<string | null>(null);

  const retag = async () => {
    setRetagged(t('retagging'));
    const { changed } = await send('reread', {});
    setRetagged(t('retagged', changed));
  };

  if (!leadDays || !rules) return null;
  return (
    <section className="settings" aria-label={t('settings')}>
      <Profile />
      <label>
        {t('reminderLeadDays')}
        <input
          name="lead-days"
          defaultValue={leadDays.join(', ')}
          onBlur={async (event) => {
            const days = event.target.value.split(/[\s,;]+/).filter(Boolean).map(Number).filter((day) => Number.isInteger(day) && day >= 0 && day <= 60);
            await setSetting(db, 'reminderLeadDays', days.slice(0, 5));
            await send('refresh', {});
          }}
        />
      </label>
      <fieldset data-testid="rules">
        <legend>{t('myTags')}</legend>
        <ul>
          {rules.map((rule) => (
            <li key={rule.id}>
              <strong>{rule.label}</strong> — {rule.phrases.join(', ')}{' '}
              <button
                aria-label={`${t('delete')}: ${rule.label}`}
                onClick={async () => {
                  await db.rules.delete(rule.id);
                  await retag();
                }}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            if (!label.trim()) return;
            const existing = await db.rules.get(ruleFrom(label, phrases).id);
            await db.rules.put(ruleFrom(label, phrases, new Date(), existing));
            setLabel('');
            setPhrases('');
            await retag();
          }}
        >
          <div className="row">
            <label>
              {t('tagName')}
              <input name="rule-label" value={label} onChange={(event) => setLabel(event.target.value)} placeholder="SEACOP" />
            </label>
            <label>
              {t('tagPhrases')}
              <input name="rule-phrases" value={phrases} onChange={(event) => setPhrases(event.target.value)} placeholder="SEACOP, seaport cooperation" />
            </label>
            <button type="submit">{t('addRule')}</button>
          </div>
        </form>
        {retagged && <p role="status" data-testid="retag-status">{retagged}</p>}
      </fieldset>
    </section>
  );
}
