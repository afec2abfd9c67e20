import { z } from 'zod';
import { isOffscreenRequest } from '../../lib/browser/documents';
import { db } from '../../lib/db';
import { keepDocumentFile, readDocumentAtUrl } from '../../lib/documents/read';
import type { Result } from '../../lib/messages';
import { noticeOf } from '../../lib/notice';

// The offscreen document (Chrome): the only extension page that loads pdf.js and mammoth. It downloads
// a document with the extension's host access, reads it, and answers with the page to understand; when
// the posting is saved, it keeps the file in the database (the bytes never cross a message).
z.config({ jitless: true });

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  // Messages for the background pass by here too: leave them unanswered.
  if (!isOffscreenRequest(message)) return undefined;
  const work = message.type === 'read-document' ? readDocumentAtUrl(message.url) : keepDocumentFile(db, message.postingId, message.url);
  work.then(
    (value) => sendResponse({ ok: true, value } satisfies Result<unknown>),
    (error: unknown) => sendResponse({ ok: false, error: noticeOf(error) } satisfies Result<never>),
  );
  return true;
});
