/** What a long transfer (backup export or restore) tells the page as it goes, and how the page stops it. */
export interface Progress {
  /** Records handled so far. */
  done: number;
  total: number;
}

export interface ChunkedWork {
  onProgress?: (progress: Progress) => void;
  /** Aborted by the user's Cancel: the work stops at the next chunk and its transaction is rolled back. */
  signal?: AbortSignal;
}

/** Thrown inside the transaction, so that the database is left exactly as it was. */
export class TransferCancelled extends Error {
  constructor() {
    super('Cancelled. Nothing was changed.');
    this.name = 'TransferCancelled';
  }
}

export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new TransferCancelled();
}
