import { z } from 'zod';
import { isReadDocumentRequest } from '../../lib/browser/documents';
import { readDocumentAtUrl } from '../../lib/documents/read';
import type { Result } from '../../lib/messages';

// The offscreen document (Chrome): the only extension page that loads pdf.js and mammoth. It downloads
// a document with the extension's host access, reads it, and answers with the page to understand.
z.config({ jitless: true });

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  // Messages for the background pass by here too: leave them unanswered.
  if (!isReadDocumentRequest(message)) return undefined;
  readDocumentAtUrl(message.url).then(
    (value) => sendResponse({ ok: true, value } satisfies Result<unknown>),
    (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Result<never>),
  );
  return true;
});
