/**
 * Where a long export's text goes, part by part, to become one Blob: a worker when the page can start
 * one (the tracker), so that encoding the text runs beside the reading and the page stays free; the same
 * parts made here where there are no workers (a service worker, Node in the unit tests).
 */
export interface BlobParts {
  add(text: string): void;
  /** The file: every part added, in order. */
  finish(type: string): Promise<Blob>;
  /** A cancelled export: the parts are dropped. */
  abandon(): void;
}

function inThisThread(): BlobParts {
  const parts: Blob[] = [];
  return {
    // A Blob per part hands the text to the browser at once; the string can then be collected.
    add: (text) => parts.push(new Blob([text])),
    finish: async (type) => new Blob(parts, { type }),
    abandon: () => (parts.length = 0),
  };
}

function inAWorker(): BlobParts {
  const worker = new Worker(new URL('./blob-parts.worker.ts', import.meta.url), { type: 'module' });
  const file = new Promise<Blob>((done, fail) => {
    worker.onmessage = ({ data }: MessageEvent<Blob>) => done(data);
    worker.onerror = (event) => fail(new Error(`The backup file could not be built: ${event.message}`));
  });
  // Settled once, whoever waits for it: a failure before finish() is reported by finish().
  file.catch(() => undefined).finally(() => worker.terminate());
  return {
    add: (text) => worker.postMessage(text),
    finish: (type) => {
      worker.postMessage({ type });
      return file;
    },
    abandon: () => worker.terminate(),
  };
}

export const blobParts = (): BlobParts => (typeof Worker === 'undefined' ? inThisThread() : inAWorker());
