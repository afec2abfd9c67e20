import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SortKey, TrackerRow } from '../../lib/filters';
import { countdown, formatDay } from '../deadline';
import { NO_DEADLINE } from '../../lib/repository';
import { countryLabel } from '../labels';
import { t } from '../i18n';
import { FitBadge } from '../Fit';

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'title', label: 'fieldTitle' },
  { key: 'organization', label: 'fieldOrganization' },
  { key: 'country', label: 'country' },
  { key: 'deadline', label: 'fieldDeadline' },
  { key: 'fit', label: 'fit' },
  { key: 'status', label: 'status' },
  { key: 'captured', label: 'captured' },
];
const ROW_HEIGHT = 44;

interface Props {
  rows: TrackerRow[];
  sort: { key: SortKey; descending: boolean };
  onSort(sort: { key: SortKey; descending: boolean }): void;
  selected: Set<string>;
  onSelect(selected: Set<string>): void;
  openId: string | null;
  onOpen(id: string): void;
}

/** Only the rows on screen are rendered: 10,000 saved postings cost what 30 do. */
export function Table({ rows, sort, onSort, selected, onSelect, openId, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.record.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelect(next);
  };

  return (
    <div className="table" role="table" aria-rowcount={rows.length + 1} data-testid="tracker-table">
      <div className="table-head" role="row">
        <span role="columnheader" className="cell-select">
          <input
            type="checkbox"
            aria-label={t('selectAll')}
            checked={allSelected}
            onChange={() => onSelect(allSelected ? new Set() : new Set(rows.map((row) => row.record.id)))}
          />
        </span>
        {COLUMNS.map((column) => (
          <span key={column.key} role="columnheader" className={`cell-${column.key}`} aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
            <button onClick={() => onSort({ key: column.key, descending: sort.key === column.key ? !sort.descending : false })}>
              {t(column.label)} {sort.key === column.key ? (sort.descending ? '▼' : '▲') : ''}
            </button>
          </span>
        ))}
      </div>
      <div ref={scroller} className="table-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const { record } = row;
            const { text, urgency } = countdown(record);
            return (
              <div
                key={record.id}
                role="row"
                aria-rowindex={item.index + 2}
                className={`table-row${openId === record.id ? ' open' : ''}`}
                style={{ position: 'absolute', top: 0, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT, width: '100%' }}
                data-testid="tracker-row"
              >
                <span role="cell" className="cell-select">
                  <input type="checkbox" aria-label={`${t('select')}: ${row.title}`} checked={selected.has(record.id)} onChange={() => toggle(record.id)} />
                </span>
                <span role="cell" className="cell-title">
                  <button className="link" onClick={() => onOpen(record.id)}>
                    {record.tracking.starred ? '★ ' : ''}
                    {row.title}
                  </button>
                </span>
                <span role="cell" className="cell-organization">{row.organization}</span>
                <span role="cell" className="cell-country">{row.country ? countryLabel(row.country) : ''}</span>
                <span role="cell" className="cell-deadline">
                  {record.deadlineAt === NO_DEADLINE ? '' : formatDay(record.deadlineAt)} <span className={`countdown countdown-${urgency}`}>{text}</span>
                </span>
                <span role="cell" className="cell-fit">
                  <FitBadge fit={row.fit} />
                  {row.selfScore && (
                    <span className="self-score" title={t('fitSelfScore', row.selfScore.scored, row.selfScore.total)}>
                      {' '}
                      {row.selfScore.scored}/{row.selfScore.total}
                    </span>
                  )}
                </span>
                <span role="cell" className="cell-status">{t(`status_${record.status}`)}</span>
                <span role="cell" className="cell-captured">{formatDay(record.capturedAt)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
