import { z } from 'zod';
import { db, requestPersistentStorage } from '../lib/db';
import { understandTab } from '../lib/capture';
import type { Message, Result } from '../lib/messages';
import { findByCanonicalUrl, savePosting } from '../lib/repository';
import { PostingEditsSchema, PostingSchema } from '../lib/schema';
import { notAPostingReason } from '../lib/understand';

// The background only wires browser events to the features in lib/.
export default defineBackground(() => {
  z.config({ jitless: true });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'save-posting', title: browser.i18n.getMessage('menuSavePosting') || 'Save this posting', contexts: ['page', 'selection'] });
    void requestPersistentStorage();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'save-posting' && tab?.id !== undefined) void captureAndSignal(tab.id);
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-posting' && tab?.id !== undefined) void captureAndSignal(tab.id);
  });

  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    handle(message).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Result<never>),
    );
    return true;
  });
});

async function handle(message: Message): Promise<Result<unknown>> {
  switch (message.type) {
    case 'preview': {
      const posting = await understandTab(db, message.tabId);
      const saved = (await findByCanonicalUrl(db, posting.canonicalUrl)) ?? null;
      return { ok: true, value: { posting, saved, notAPosting: notAPostingReason(posting) } };
    }
    case 'save': {
      const posting = PostingSchema.parse(message.posting);
      return { ok: true, value: await savePosting(db, posting, PostingEditsSchema.parse(message.edits)) };
    }
    case 'capture':
      return { ok: true, value: await captureTab(message.tabId) };
    default:
      return { ok: false, error: `Unknown message ${(message as { type: string }).type}` };
  }
}

async function captureTab(tabId: number) {
  return savePosting(db, await understandTab(db, tabId));
}

/** Shortcut and menu captures have no popup to speak in: the toolbar badge says how it went. */
async function captureAndSignal(tabId: number): Promise<void> {
  // Firefox's MV2 build has browserAction where MV3 has action.
  const action = browser.action ?? browser.browserAction;
  try {
    await captureTab(tabId);
    await action.setBadgeText({ tabId, text: '✓' });
    await action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
  } catch (error) {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
    await action.setTitle({ tabId, title: error instanceof Error ? error.message : String(error) });
  }
}
