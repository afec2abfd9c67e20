/**
 * Turns the backup's JSON text into Blob parts off the page's thread (lib/transfer/blob-parts.ts): the
 * text's encoding into the Blob was as long as reading the records, and the page could do neither
 * while it lasted. A text message is a part; `{ type }` asks for the whole file.
 */
const parts: Blob[] = [];

self.onmessage = ({ data }: MessageEvent<string | { type: string }>) => {
  if (typeof data === 'string') parts.push(new Blob([data]));
  else self.postMessage(new Blob(parts, { type: data.type }));
};
