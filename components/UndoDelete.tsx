import { useState } from 'react';
import type { DeletedPosting } from '../lib/repository';
import { actions } from './actions';
import { t } from './i18n';

/** The line that follows a deletion: what went, and a button that brings it back. */
export function UndoDelete({ deleted, message, onDone }: { deleted: DeletedPosting[]; message: string; onDone(): void }) {
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <p className="undo" role="status">
        {message}{' '}
        <button
          onClick={async () => {
            setFailure(null);
            try {
              await actions.restore(deleted);
              onDone();
            } catch (error) {
              // The repository explains storage failures (a full disk): the postings stay offered for undo.
              setFailure(error instanceof Error ? error.message : String(error));
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
