/**
 * The server the user chose to sync with, as they enter it in Settings → Sync. It is kept in the
 * extension's local storage only (lib/browser/sync.ts), never in the database, so no backup, export
 * or log carries the password.
 */
import { z } from 'zod';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

/** Why a server address is refused, in the user's words; null when it may be used. */
/** Why a server address cannot be used, as the message key the interface words, or null. */
export type ServerUrlProblem = 'syncUrlNotAnAddress' | 'syncUrlHasCredentials' | 'syncUrlNotHttps';

export function serverUrlProblem(text: string): ServerUrlProblem | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'syncUrlNotAnAddress';
  }
  if (url.username || url.password) return 'syncUrlHasCredentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.includes(url.hostname)) return null;
  // Only https (http for a server on this computer), so that passwords and postings never cross the network in clear.
  return 'syncUrlNotHttps';
}

export const SyncConfigSchema = z.object({
  url: z.string().refine((url) => serverUrlProblem(url) === null, 'an https address, or http on this computer'),
  /** CouchDB's rule for database names. */
  database: z.string().regex(/^[a-z][a-z0-9_$()+/-]*$/, 'a database name: lower-case letters, digits and _$()+-/ , starting with a letter'),
  user: z.string(),
  password: z.string(),
});
export type SyncConfig = z.infer<typeof SyncConfigSchema>;

/** The server's origin as the host permission Settings asks for (a match pattern covers every port). */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The database's address, without credentials (they go apart, in PouchDB's `auth` option). */
export function databaseUrl(config: SyncConfig): string {
  return `${config.url.trim().replace(/\/+$/, '')}/${encodeURIComponent(config.database)}`;
}

export const SYNC_STATES = ['off', 'syncing', 'idle', 'offline', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** What Settings shows; kept in local storage by the context that syncs, and never holds credentials. */
export interface SyncStatus {
  state: SyncState;
  /** The end of the last sync that reached the server. */
  lastSync: string | null;
  /** Local changes not yet in the mirror. */
  pending: number;
  /** Documents from the server refused because they failed validation. */
  refused: number;
  /** What went wrong, in words; null when nothing did. */
  /** A SyncError's message key, worded by the interface. */
  error: string | null;
  /** Postings deleted here that came back because another device edited them after the deletion. */
  revived: string[];
}

export const SYNC_OFF: SyncStatus = { state: 'off', lastSync: null, pending: 0, refused: 0, error: null, revived: [] };

/** A replication failure in words a user can act on. */
/** Why replication stopped or waits, as the message key the interface words. */
export const SYNC_ERRORS = ['syncErrorCredentials', 'syncErrorNoDatabase', 'syncErrorTooLarge', 'syncErrorUnreachable'] as const;
export type SyncError = (typeof SYNC_ERRORS)[number];

export function explainSyncError(error: unknown): SyncError {
  const status = (error as { status?: number } | null)?.status;
  if (status === 401 || status === 403) return 'syncErrorCredentials';
  if (status === 404) return 'syncErrorNoDatabase';
  if (status === 413) return 'syncErrorTooLarge';
  return 'syncErrorUnreachable';
}
