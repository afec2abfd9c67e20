/**
 * The part of PouchDB's API the sync code uses, typed here: DefinitelyTyped's PouchDB types declare a
 * global `Buffer` that breaks Node's. The mirror is a PouchDB database (IndexedDB in the extension,
 * memory in tests).
 */
export interface RawDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface Mirror {
  get(id: string, options?: { rev?: string; conflicts?: boolean; attachments?: boolean }): Promise<RawDoc>;
  put(doc: { _id: string; _rev?: string; [field: string]: unknown }): Promise<{ ok: boolean; rev: string }>;
  bulkDocs(docs: Array<{ _id: string; _rev?: string; _deleted?: boolean }>, options?: { new_edits?: boolean }): Promise<unknown[]>;
  changes(options: { since: string | number; limit?: number; include_docs?: boolean; conflicts?: boolean }): Promise<{
    results: Array<{ id: string; deleted?: boolean; doc?: RawDoc }>;
    last_seq: string | number;
  }>;
  allDocs(options: { keys: string[]; include_docs?: boolean; attachments?: boolean; conflicts?: boolean }): Promise<{ rows: Array<{ key: string; doc?: RawDoc | null }> }>;
  info(): Promise<{ doc_count: number; update_seq: string | number }>;
  destroy(): Promise<unknown>;
}

/** A replication under way: a promise of its end, with events while it runs (live replication never ends by itself). */
export interface Replication extends Promise<unknown> {
  on(event: 'change' | 'paused' | 'active' | 'error' | 'denied' | 'complete', listener: (info: unknown) => void): Replication;
  cancel(): void;
}

export interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): Mirror;
  plugin(plugin: unknown): PouchStatic;
  replicate(source: Mirror | string, target: Mirror | string, options?: Record<string, unknown>): Replication;
  sync(local: Mirror, remote: Mirror, options?: Record<string, unknown>): Replication;
}
