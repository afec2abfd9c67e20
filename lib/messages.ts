/**
 * The message protocol between the extension's pages and its background, in one place. Each
 * request names its reply type; the background answers every request with a Result.
 */
import type { Posting, SavedPosting, Status } from './schema';
import { NoticeError, notice, noticeOf, type Notice } from './notice';
import type { SyncStatus } from './sync/config';

/** A field (lib/posting-fields.ts name) the user changed, with the value they saw. */
export interface TypedChange {
  name: string;
  seen: string;
  typed: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Notice };

export interface Preview {
  posting: Posting;
  saved: SavedPosting | null;
  /** Set when the page does not read as a posting: what was found instead. */
  notAPosting: Notice | null;
}

/** A request with nothing to say but its type (Record<string, never> would refuse the type field too). */
type NoFields = Record<never, never>;

export interface Protocol {
  /** Collect and understand the tab's page, without saving. */
  preview: { request: { tabId: number }; reply: Preview };
  /** Save a posting the popup previewed, with the fields the user changed and the values they saw. */
  save: { request: { posting: Posting; changes: TypedChange[] }; reply: { record: SavedPosting; refused: Array<{ name: string; current: string }> } };
  /** Collect, understand and save the tab's page in one step (context menu, shortcut). */
  capture: { request: { tabId: number }; reply: SavedPosting };
  /** Download, read and save a linked PDF or Word document (the links' context menu). */
  captureDocument: { request: { url: string }; reply: SavedPosting };
  /** Saved postings changed: re-plan reminders and recount the badge. */
  refresh: { request: NoFields; reply: { reminders: number; badge: number } };
  /** A tag rule changed: classify the saved postings again. */
  reread: { request: NoFields; reply: { changed: number } };
  /** A status change, written by the background: the popup may close before its own write commits. */
  setStatus: { request: { id: string; status: Status }; reply: SavedPosting };
  /** The user set a sync server (Settings wrote it to local storage): start syncing. */
  syncStart: { request: NoFields; reply: SyncStatus };
  /** "Sync now": one whole sync, answered when it is done. */
  syncNow: { request: NoFields; reply: SyncStatus };
  /** "Stop syncing and forget this server". */
  syncForget: { request: NoFields; reply: SyncStatus };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];

/** One handler per message type, each bound to its request and reply types: a wrong reply does not compile. */
export type Handlers = { [K in MessageType]: (request: Protocol[K]['request']) => Promise<Protocol[K]['reply']> };

/** Runs the message's handler and answers with a Result: a failure's notice, never a thrown error. */
export async function dispatch(handlers: Handlers, message: Message): Promise<Result<unknown>> {
  const type: string = message?.type;
  if (!Object.hasOwn(handlers, type)) return { ok: false, error: notice('errorUnexpected', { detail: `Unknown message ${type}` }) };
  // Message is a union the compiler cannot pair with its handler: Handlers already holds each pair.
  const handler = handlers[type as MessageType] as (request: Message) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(message) };
  } catch (error) {
    return { ok: false, error: noticeOf(error) };
  }
}

export async function send<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<Protocol[K]['reply']> {
  const result = (await browser.runtime.sendMessage({ type, ...request })) as Result<Protocol[K]['reply']> | undefined;
  if (!result) throw new NoticeError(notice('errorNoAnswer'));
  if (!result.ok) throw new NoticeError(result.error);
  return result.value;
}
