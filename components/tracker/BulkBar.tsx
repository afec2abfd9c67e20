import { useState } from 'react';
import { StatusOptions } from '../options';
import { type Status } from '../../lib/schema';
import { actions, userTag } from '../actions';
import { t } from '../i18n';

/** Actions on the selected postings: status, tag, delete (with undo, offered by the tracker). */
export function BulkBar({ ids, onDelete, onDone }: { ids: string[]; onDelete(ids: string[]): void; onDone(): void }) {
  const [tag, setTag] = useState('');
  return (
    <div className="bulk" role="toolbar" aria-label={t('selection', ids.length)} data-testid="bulk-bar">
      <span>{t('selection', ids.length)}</span>
      <label>
        {t('status')}
        <select
          value=""
          onChange={async (event) => {
            if (!event.target.value) return;
            await actions.setStatuses(ids, event.target.value as Status);
            onDone();
          }}
        >
          <option value="">…</option>
          <StatusOptions />
        </select>
      </label>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          if (!tag.trim()) return;
          await actions.addTag(ids, userTag(tag.trim()));
          setTag('');
          onDone();
        }}
      >
        <label>
          {t('addTag')}
          <input value={tag} onChange={(event) => setTag(event.target.value)} />
        </label>
      </form>
      <button className="danger" onClick={() => onDelete(ids)}>
        {t('delete')}
      </button>
    </div>
  );
}
