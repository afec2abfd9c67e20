import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Message } from '../../lib/messages';
import { makePosting } from '../support/postings';
import { DocumentError } from '../../lib/documents/document';
import { notice } from '../../lib/notice';

const unexpected = () => Promise.reject(new Error('not this handler'));
const handlers: Handlers = {
  preview: async () => ({ posting: makePosting(), saved: null, notAPosting: null }),
  save: unexpected,
  capture: unexpected,
  captureDocument: async ({ url }) => {
    throw new DocumentError('corrupted', notice('documentDamagedPdf', { file: url, detail: 'bad XRef' }));
  },
  refresh: async () => ({ reminders: 2, badge: 1 }),
  reread: async () => ({ changed: 3 }),
  setStatus: unexpected,
  syncStart: unexpected,
  syncNow: unexpected,
  syncForget: unexpected,
};

describe('the background handler map', () => {
  it("answers each message with its handler's reply", async () => {
    expect(await dispatch(handlers, { type: 'reread' })).toEqual({ ok: true, value: { changed: 3 } });
    expect(await dispatch(handlers, { type: 'refresh' })).toEqual({ ok: true, value: { reminders: 2, badge: 1 } });
  });

  it("turns a handler's failure into a Result with its notice, and any other error into an unexpected one", async () => {
    expect(await dispatch(handlers, { type: 'captureDocument', url: 'broken.pdf' })).toEqual({ ok: false, error: { code: 'documentDamagedPdf', params: { file: 'broken.pdf', detail: 'bad XRef' } } });
    expect(await dispatch(handlers, { type: 'capture', tabId: 1 })).toEqual({ ok: false, error: { code: 'errorUnexpected', params: { detail: 'not this handler' } } });
  });

  it('refuses a message outside the protocol, including the names every object has', async () => {
    for (const type of ['erase-everything', 'toString', 'constructor']) {
      expect(await dispatch(handlers, { type } as unknown as Message)).toEqual({ ok: false, error: { code: 'errorUnexpected', params: { detail: `Unknown message ${type}` } } });
    }
  });

  it('checks replies against the protocol when it compiles', () => {
    const wrongReply: Handlers = {
      ...handlers,
      // @ts-expect-error a reread answers how many postings changed, as a number
      reread: async () => ({ changed: 'three' }),
    };
    // @ts-expect-error every message type needs its handler
    const missingHandler: Handlers = { ...handlers, setStatus: undefined };
    expect([wrongReply, missingHandler]).toHaveLength(2);
  });
});
