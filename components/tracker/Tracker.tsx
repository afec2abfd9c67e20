import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { EMPTY_FILTER, filterChoices, filterRows, sortRows, toRows, type SortKey, type TrackerFilter } from '../../lib/filters';
import type { DeletedPosting } from '../../lib/repository';
import { fold } from '../../lib/text';
import { actions } from '../actions';
import { t } from '../i18n';
import { Board } from './Board';
import { Detail } from './Detail';
import { Filters } from './Filters';
import { Settings } from './Settings';
import { Table } from './Table';
import { BulkBar } from './BulkBar';
import { Transfer } from './Transfer';
import { UndoDelete } from '../UndoDelete';
import { useProfile } from '../Fit';
import { EMPTY_PROFILE } from '../../lib/schema';

/** Ids whose description contains every word: asked of the database, debounced. */
function useDescriptionMatches(text: string): Set<string> | undefined {
  const words = useMemo(() => fold(text).split(/\s+/).filter((word) => word.length >= 3), [text]);
  const [matches, setMatches] = useState<Set<string>>();
  // A query left without words drops the last matches in the very render that shows it.
  const [searching, setSearching] = useState(false);
  if (searching !== words.length > 0) {
    setSearching(words.length > 0);
    if (words.length === 0) setMatches(undefined);
  }
  useEffect(() => {
    if (words.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      const ids = new Set<string>();
      await db.descriptions.each((description) => {
        const folded = fold(description.text);
        if (words.every((word) => folded.includes(word))) ids.add(description.id);
      });
      if (!cancelled) setMatches(ids);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [words]);
  return matches;
}

export function Tracker() {
  const records = useLiveQuery(() => db.postings.orderBy('deadlineAt').toArray(), []);
  const [view, setView] = useState<'table' | 'board'>(() => (location.hash === '#board' ? 'board' : 'table'));
  const [filter, setFilter] = useState<TrackerFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'deadline', descending: false });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DeletedPosting[] | null>(null);
  const [showSettings, setShowSettings] = useState(false);
  const [showTransfer, setShowTransfer] = useState(false);
  const descriptionMatches = useDescriptionMatches(filter.text);

  const profile = useProfile();
  const rows = useMemo(() => toRows(records ?? [], profile ?? EMPTY_PROFILE), [records, profile]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  // Sorted once per change of the records or the order, then filtered: filtering keeps the order, and a
  // filter change then costs a pass over the rows, not a sort of 10,000 of them.
  const sorted = useMemo(() => sortRows(rows, sort.key, sort.descending), [rows, sort]);
  const visible = useMemo(() => filterRows(sorted, filter, descriptionMatches), [sorted, filter, descriptionMatches]);
  const open = openId ? rows.find((row) => row.record.id === openId)?.record ?? null : null;

  const remove = async (ids: string[]) => {
    setDeleted(await actions.delete(ids));
    setSelected(new Set());
    if (openId && ids.includes(openId)) setOpenId(null);
  };

  return (
    <div className="tracker">
      <header className="tracker-header">
        <h1>{t('tracker')}</h1>
        <div role="tablist" aria-label={t('view')}>
          <button role="tab" aria-selected={view === 'table'} onClick={() => setView('table')} data-testid="view-table">
            {t('viewTable')}
          </button>
          <button role="tab" aria-selected={view === 'board'} onClick={() => setView('board')} data-testid="view-board">
            {t('viewBoard')}
          </button>
        </div>
        <span className="count" data-testid="visible-count">
          {t('shownOf', visible.length, rows.length)}
        </span>
        <button onClick={() => setShowTransfer(!showTransfer)} aria-expanded={showTransfer} data-testid="toggle-transfer">
          {t('exportImport')}
        </button>
        <button onClick={() => setShowSettings(!showSettings)} aria-expanded={showSettings} data-testid="toggle-settings">
          {t('settings')}
        </button>
        <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noreferrer" data-testid="open-welcome">
          {t('howItWorks')}
        </a>
      </header>
      {showSettings && <Settings />}
      {showTransfer && (
        <Transfer
          shown={(selected.size > 0 ? visible.filter((row) => selected.has(row.record.id)) : visible).map((row) => row.record)}
          all={records ?? []}
        />
      )}
      <Filters filter={filter} onChange={setFilter} choices={choices} />
      {deleted && <UndoDelete deleted={deleted} message={t('deletedCount', deleted.length)} onDone={() => setDeleted(null)} />}
      {selected.size > 0 && <BulkBar ids={[...selected]} onDelete={remove} onDone={() => setSelected(new Set())} />}
      <div className="tracker-body">
        <div className="tracker-main">
          {records === undefined ? (
            <p className="loading">{t('loadingPostings')}</p>
          ) : records.length === 0 ? (
            <p className="empty" data-testid="tracker-empty">{t('trackerEmpty')}</p>
          ) : visible.length === 0 ? (
            <p className="empty" data-testid="tracker-no-match">{t('noMatch', rows.length)}</p>
          ) : view === 'table' ? (
            <Table rows={visible} sort={sort} onSort={setSort} selected={selected} onSelect={setSelected} openId={openId} onOpen={setOpenId} />
          ) : (
            <Board rows={visible} onOpen={setOpenId} />
          )}
        </div>
        {open && <Detail key={open.id} record={open} onClose={() => setOpenId(null)} onDelete={() => remove([open.id])} />}
      </div>
    </div>
  );
}
