import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { send } from '../../lib/messages';
import { getSetting, setSetting } from '../../lib/settings';
import { t } from '../i18n';

/** Reminder lead times, in days before each deadline. */
export function Settings() {
  const leadDays = useLiveQuery(() => getSetting(db, 'reminderLeadDays'), []);
  if (!leadDays) return null;
  return (
    <section className="settings" aria-label={t('settings')}>
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
    </section>
  );
}
