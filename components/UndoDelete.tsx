import type { DeletedPosting } from '../lib/repository';
import { actions } from './actions';
import { t } from './i18n';

/** The line that follows a deletion: what went, and a button that brings it back. */
export function UndoDelete({ deleted, message, onDone }: { deleted: DeletedPosting[]; message: string; onDone(): void }) {
  return (
    <p className="undo" role="status">
      {message}{' '}
      <button
        onClick={async () => {
          await actions.restore(deleted);
          onDone();
        }}
      >
        {t('undo')}
      </button>
    </p>
  );
}
