/**
 * The test bridge of the e2e builds (never in a shipped build): a 127.0.0.1 test page posts window
 * messages, the bridge content script relays them to the background, and the background answers the
 * protocol's messages (lib/messages.ts) as for the popup, plus these few questions only tests ask:
 * which tab shows an address, the saved list as the popup reads it, the alarms and badge the browser
 * holds, a reminder's notification, whether storage is persistent, the backup the tracker would
 * export or import, and the sync server Settings → Sync would keep (the popup and tracker pages are out
 * of reach of Firefox's automation).
 */
import { notice, noticeOf } from '../notice';
import type { VacancyDatabase } from '../db';
import type { Result } from '../messages';
import { effectivePosting, listByDeadline } from '../repository';
import { parseBackup, restoreBackup } from '../transfer/backup';
import { exportBackup } from '../transfer/backup-export';
import { SyncConfigSchema, type SyncConfig } from '../sync/config';
import { refreshReminders, remind } from './reminders';
import { SYNC_CONFIG_KEY } from './sync-keys';

type NoFields = Record<never, never>;

export const BRIDGE_REQUEST = 'vacancy-clipper:test-request';
export const BRIDGE_REPLY = 'vacancy-clipper:test-reply';

export interface BridgeRequest {
  kind: typeof BRIDGE_REQUEST;
  id: number;
  message: unknown;
}

export interface BridgeReply {
  kind: typeof BRIDGE_REPLY;
  id: number;
  reply: unknown;
}

export interface TestProtocol {
  'test:tabOf': { request: { url: string }; reply: number | null };
  'test:list': { request: NoFields; reply: Array<{ id: string; title: string | null; organization: string | null; status: string; deadline: string | null }> };
  'test:reminders': { request: NoFields; reply: { alarms: Array<{ name: string; scheduledTime: number }>; badge: string } };
  /** Rings a reminder's alarm now, as the browser does at its time: was a notification created? */
  'test:ring': { request: { alarm: string }; reply: { notified: boolean } };
  /** Whether the browser may evict the database when the disk fills up. */
  'test:storage': { request: NoFields; reply: { persisted: boolean } };
  'test:exportBackup': { request: NoFields; reply: string };
  'test:importBackup': { request: { text: string }; reply: { added: number; updated: number; skipped: number } };
  /** Keeps a sync server as Settings → Sync does once the user granted its origin; "syncStart" then starts. */
  'test:syncConfig': { request: { config: SyncConfig }; reply: null };
}

export type TestMessage = { [K in keyof TestProtocol]: { type: K } & TestProtocol[K]['request'] }[keyof TestProtocol];

export function isTestMessage(message: unknown): message is TestMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('test:');
}

type TestHandlers = { [K in keyof TestProtocol]: (request: TestProtocol[K]['request']) => Promise<TestProtocol[K]['reply']> };

function testHandlers(db: VacancyDatabase): TestHandlers {
  return {
    'test:tabOf': async ({ url }) => (await browser.tabs.query({})).find((tab) => tab.url === url)?.id ?? null,
    'test:list': async () =>
      (await listByDeadline(db)).map((record) => {
        const shown = effectivePosting(record);
        return { id: record.id, title: shown.title, organization: shown.organization, status: record.status, deadline: shown.deadline.date };
      }),
    'test:reminders': async () => ({
      alarms: (await browser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
      badge: await (browser.action ?? browser.browserAction).getBadgeText({}),
    }),
    // Whether the browser took the notification: headless Firefox may close it at once, so what
    // notifications.getAll() lists afterwards is not a state to wait for.
    'test:ring': async ({ alarm }) => ({ notified: await remind(db, alarm) }),
    'test:storage': async () => ({ persisted: await navigator.storage.persisted() }),
    // As the tracker's button writes it to a file.
    'test:exportBackup': async () => (await exportBackup(db)).text(),
    'test:importBackup': async ({ text }) => {
      // As the tracker reads a chosen file, then asks for the reminders to follow.
      const report = await restoreBackup(db, parseBackup(text));
      await refreshReminders(db);
      return { added: report.added, updated: report.updated, skipped: report.skipped.length };
    },
    'test:syncConfig': async ({ config }) => {
      await browser.storage.local.set({ [SYNC_CONFIG_KEY]: SyncConfigSchema.parse(config) });
      return null;
    },
  };
}

/** Answers a test question with a Result, as dispatch() answers the protocol's messages. */
export async function answerTestMessage(db: VacancyDatabase, message: TestMessage): Promise<Result<unknown>> {
  const handlers = testHandlers(db);
  if (!Object.hasOwn(handlers, message.type)) return { ok: false, error: notice('errorUnexpected', { detail: `Unknown test message ${message.type}` }) };
  try {
    return { ok: true, value: await (handlers[message.type] as (request: TestMessage) => Promise<unknown>)(message) };
  } catch (error) {
    return { ok: false, error: noticeOf(error) };
  }
}
