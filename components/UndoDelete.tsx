import { useState } from 'react';
import { effectivePosting, type DeletedPosting } from '../lib/repository';
import { actions } from './actions';
import { sayError, t } from './i18n';

/** The line that follows a deletion: what went, and a button that brings it back. */
export function UndoDelete({ deleted, message, onDone }: { deleted: DeletedPosting[]; message: string; onDone(): void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  if (kept !== null) {
    return (
      <p className="undo" role="status">
        {kept}{' '}
        <button onClick={onDone}>{t('close')}</button>
      </p>
    );
  }
  return (
    <>
      <p className="undo" role="status">
        {message}{' '}
        <button
          onClick={async () => {
            setFailure(null);
            try {
              const notRestored = await actions.restore(deleted);
              if (notRestored.length === 0) onDone();
              else setKept(t('undoSavedAgain', notRestored.map((record) => effectivePosting(record).title ?? record.canonicalUrl).join(', ')));
            } catch (error) {
              // The repository explains storage failures (a full disk): the postings stay offered for undo.
              setFailure(sayError(error));
            }
          }}
        >
          {t('undo')}
        </button>
      </p>
      {failure && (
        <p className="error" role="alert" data-testid="undo-error">
          {failure}
        </p>
      )}
    </>
  );
}
