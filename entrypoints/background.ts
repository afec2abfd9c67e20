import { z } from 'zod';
import { db, requestPersistentStorage } from '../lib/db';
import { understandTab } from '../lib/browser/capture';
import { DOCUMENT_LINK_PATTERNS, keepDocumentAt, understandDocumentAt, wasReadAsDocument } from '../lib/browser/documents';
import { dispatch, type Handlers, type Message } from '../lib/messages';
import { REFRESH_ALARM, refreshReminders, remind } from '../lib/browser/reminders';
import { answerTestMessage, isTestMessage } from '../lib/browser/test-bridge';
import { SYNC_ALARM, forgetSync, resumeSync, syncNow } from '../lib/browser/sync';
import { capturePosting, findByCanonicalUrl, savePosting, setStatus } from '../lib/repository';
import { rereadAll } from '../lib/rules';
import { welcomeOnce } from '../lib/browser/welcome';
import { PostingSchema, StatusSchema, TypedChangeSchema } from '../lib/schema';
import { postingField } from '../lib/posting-fields';
import { errorPageOf } from '../lib/extract/error-page';
import { notAPostingReason } from '../lib/understand';
import { NoticeError, notice } from '../lib/notice';
import { sayError } from '../components/i18n';

// The background only wires browser events to the features in lib/.
export default defineBackground(() => {
  z.config({ jitless: true });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // A new version may read postings better (and a database upgrade leaves requirements to fill).
    if (reason === 'update') rereadAll(db).catch((error) => console.error('Reading the saved postings again after the update failed:', error));
    // Once, on a first install: what the extension does and how to clip (never on an update or a reload).
    if (reason === 'install') void welcomeOnce();
    browser.contextMenus.create({ id: 'save-posting', title: browser.i18n.getMessage('menuSavePosting') || 'Save this posting', contexts: ['page', 'selection'] });
    browser.contextMenus.create({
      id: 'save-linked-document',
      title: browser.i18n.getMessage('menuSaveLinkedDocument') || 'Save linked Terms of Reference',
      contexts: ['link'],
      targetUrlPatterns: DOCUMENT_LINK_PATTERNS,
    });
    void requestPersistentStorage();
    planAlarms();
  });
  // Alarms may not survive a browser restart (Firefox keeps none, not even the hourly one): plan them
  // again from the database.
  browser.runtime.onStartup.addListener(planAlarms);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void resumeSync(db);
    else if (alarm.name === REFRESH_ALARM) void refreshReminders(db);
    else void remind(db, alarm.name).then(() => refreshReminders(db));
  });

  browser.notifications.onClicked.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('/tracker.html') });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'save-posting' && tab?.id !== undefined) void captureAndSignal(tab.id);
    const linkUrl = info.linkUrl;
    if (info.menuItemId === 'save-linked-document' && linkUrl && tab?.id !== undefined) void captureAndSignal(tab.id, () => captureDocument(linkUrl));
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'save-posting' && tab?.id !== undefined) void captureAndSignal(tab.id);
  });

  // Sync runs while the background does (lib/browser/sync.ts): at every start of it, and again on the alarm
  // and on messages, after Chrome stopped an idle worker.
  void resumeSync(db);

  browser.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
    void resumeSync(db);
    // The e2e builds' test bridge (lib/browser/test-bridge.ts); the condition drops it from every other build.
    const answer = import.meta.env.MODE === 'e2e' && isTestMessage(message) ? answerTestMessage(db, message) : dispatch(handlers, message);
    void answer.then(sendResponse);
    return true;
  });
});

function planAlarms(): void {
  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: 60 });
  void refreshReminders(db);
}

/** What the background answers, message by message (lib/messages.ts). */
const handlers: Handlers = {
  async preview({ tabId }) {
    const posting = await understandTab(db, tabId);
    const saved = (await findByCanonicalUrl(db, posting.canonicalUrl)) ?? null;
    return { posting, saved, notAPosting: notAPostingReason(posting) };
  },
  async save({ posting, changes }) {
    const typed = changes.map((change) => ({ ...TypedChangeSchema.parse(change), field: postingField(change.name) }));
    const result = await capturePosting(db, PostingSchema.parse(posting), typed);
    if (await wasReadAsDocument(result.record.extracted.url)) await keepFileOf(result.record.id, result.record.extracted.url);
    await refreshReminders(db);
    return result;
  },
  capture: ({ tabId }) => captureTab(tabId),
  captureDocument: ({ url }) => captureDocument(url),
  refresh: () => refreshReminders(db),
  reread: async () => ({ changed: await rereadAll(db) }),
  async setStatus({ id, status }) {
    const saved = await setStatus(db, id, StatusSchema.parse(status));
    await refreshReminders(db);
    return saved;
  },
  syncStart: () => resumeSync(db),
  syncNow: () => syncNow(db),
  syncForget: () => forgetSync(),
};

async function captureTab(tabId: number) {
  const posting = await understandTab(db, tabId);
  // No popup speaks for a shortcut or menu capture: an error page is refused rather than saved unseen.
  const errorPage = errorPageOf(posting);
  if (errorPage) throw new NoticeError(errorPage.heading === undefined ? notice('captureRefusedEmpty') : notice('captureRefusedErrorPage', { heading: errorPage.heading }));
  const saved = await savePosting(db, posting);
  await refreshReminders(db);
  return saved;
}

async function captureDocument(url: string) {
  const saved = await savePosting(db, await understandDocumentAt(db, url));
  await keepFileOf(saved.id, url);
  await refreshReminders(db);
  return saved;
}

/** The posting is saved whatever happens to its file: a file that cannot be kept is only missing later. */
async function keepFileOf(postingId: string, url: string): Promise<void> {
  await keepDocumentAt(db, postingId, url).catch((error: unknown) => console.error(`The file at ${url} could not be kept:`, error));
}

/** Shortcut and menu captures have no popup to speak in: the tab's badge says how it went. */
async function captureAndSignal(tabId: number, capture: () => Promise<unknown> = () => captureTab(tabId)): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await capture();
    await action.setBadgeText({ tabId, text: '✓' });
    await action.setBadgeBackgroundColor({ tabId, color: '#1a7f37' });
  } catch (error) {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setBadgeBackgroundColor({ tabId, color: '#b42318' });
    await action.setTitle({ tabId, title: sayError(error) });
  }
}
