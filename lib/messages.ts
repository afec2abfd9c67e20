/**
 * The message protocol between the extension's pages and its background, in one place. Each
 * request names its reply type; the background answers every request with a Result.
 */
import type { Posting, PostingEdits, SavedPosting, Status } from './schema';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Preview {
  posting: Posting;
  saved: SavedPosting | null;
  /** Set when the page does not read as a posting: what was found instead. */
  notAPosting: string | null;
}

export interface Protocol {
  /** Collect and understand the tab's page, without saving. */
  preview: { request: { tabId: number }; reply: Preview };
  /** Save a posting the popup previewed, with the user's corrections. */
  save: { request: { posting: Posting; edits: PostingEdits }; reply: SavedPosting };
  /** Collect, understand and save the tab's page in one step (context menu, shortcut). */
  capture: { request: { tabId: number }; reply: SavedPosting };
  /** Download, read and save a linked PDF or Word document (the links' context menu). */
  captureDocument: { request: { url: string }; reply: SavedPosting };
  /** Saved postings changed: re-plan reminders and recount the badge. */
  refresh: { request: Record<string, never>; reply: { reminders: number; badge: number } };
  /** A tag rule changed: classify the saved postings again. */
  reread: { request: Record<string, never>; reply: { changed: number } };
  /** A status change, written by the background: the popup may close before its own write commits. */
  setStatus: { request: { id: string; status: Status }; reply: SavedPosting };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];

export async function send<K extends MessageType>(type: K, request: Protocol[K]['request']): Promise<Protocol[K]['reply']> {
  const result = (await browser.runtime.sendMessage({ type, ...request })) as Result<Protocol[K]['reply']> | undefined;
  if (!result) throw new Error('The extension did not answer: reload it and try again.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
