/**
 * The test bridge of the e2e builds (never in a shipped build): a 127.0.0.1 test page posts window
 * messages, the bridge content script relays them to the background, and the background answers the
 * protocol's messages (lib/messages.ts) as for the popup, plus these few questions only tests ask:
 * which tab shows an address, the saved list as the popup reads it, the alarms, badge and
 * notifications the browser holds, whether storage is persistent, and the backup the tracker would export or import (the popup and tracker pages are out of
 * reach of Firefox's automation).
 */
import type { VacancyDatabase } from '../db';
import type { Result } from '../messages';
import { effectivePosting, listByDeadline } from '../repository';
import { createBackup, parseBackup, restoreBackup } from '../transfer/backup';
import { refreshReminders, remind } from './reminders';

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
  'test:list': { request: Record<string, never>; reply: Array<{ id: string; title: string | null; organization: string | null; status: string; deadline: string | null }> };
  'test:reminders': { request: Record<string, never>; reply: { alarms: Array<{ name: string; scheduledTime: number }>; badge: string } };
  /** Rings a reminder's alarm now, as the browser does at its time: was a notification created? */
  'test:ring': { request: { alarm: string }; reply: { notified: boolean } };
  /** Whether the browser may evict the database when the disk fills up. */
  'test:storage': { request: Record<string, never>; reply: { persisted: boolean } };
  'test:exportBackup': { request: Record<string, never>; reply: string };
  'test:importBackup': { request: { text: string }; reply: { added: number; updated: number; skipped: number } };
}

export type TestMessage = { [K in keyof TestProtocol]: { type: K } & TestProtocol[K]['request'] }[keyof TestProtocol];

export function isTestMessage(message: unknown): message is TestMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('test:');
}

export async function answerTestMessage(db: VacancyDatabase, message: TestMessage): Promise<Result<unknown>> {
  switch (message.type) {
    case 'test:tabOf': {
      const tabs = await browser.tabs.query({});
      return { ok: true, value: tabs.find((tab) => tab.url === message.url)?.id ?? null };
    }
    case 'test:list': {
      const listed = (await listByDeadline(db)).map((record) => {
        const shown = effectivePosting(record);
        return { id: record.id, title: shown.title, organization: shown.organization, status: record.status, deadline: shown.deadline.date };
      });
      return { ok: true, value: listed };
    }
    case 'test:reminders': {
      const alarms = (await browser.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime }));
      return { ok: true, value: { alarms, badge: await (browser.action ?? browser.browserAction).getBadgeText({}) } };
    }
    case 'test:ring':
      // Whether the browser took the notification: headless Firefox may close it at once, so what
      // notifications.getAll() lists afterwards is not a state to wait for.
      return { ok: true, value: { notified: await remind(db, message.alarm) } };
    case 'test:storage':
      return { ok: true, value: { persisted: await navigator.storage.persisted() } };
    case 'test:exportBackup':
      // As the tracker's button writes it to a file.
      return { ok: true, value: JSON.stringify(await createBackup(db)) };
    case 'test:importBackup': {
      // As the tracker reads a chosen file, then asks for the reminders to follow.
      const report = await restoreBackup(db, parseBackup(message.text));
      await refreshReminders(db);
      return { ok: true, value: { added: report.added, updated: report.updated, skipped: report.skipped.length } };
    }
    default:
      return { ok: false, error: `Unknown test message ${(message as { type: string }).type}` };
  }
}
