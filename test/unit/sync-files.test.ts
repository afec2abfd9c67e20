/**
 * Kept Terms of Reference files through sync (two devices and a server on PouchDB's memory adapter):
 * a file travels with its posting as an attachment, a later one replaces it, one above the limit stays
 * on its device, and a file document that lies about its bytes is refused.
 */
import { describe, expect, it } from 'vitest';
import { findByCanonicalUrl, keepFile, savePosting } from '../../lib/repository';
import { SYNC_FILE_LIMIT, fileDocId, filesTooLargeToSync } from '../../lib/sync/files';
import type { SavedFile } from '../../lib/schema';
import { capturedPosting, Clock, syncUntilQuiet, twoDevicesEachTest, type Device } from '../support/sync';

const devices = twoDevicesEachTest();

function bytes(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(size);
  for (let index = 0; index < size; index++) data[index] = (index * 31 + seed) % 251;
  return data;
}

/** A posting captured from a PDF on `on`, with its file kept, as the background does. */
async function captureDocument(on: Device, clock: Clock, size = 40_000): Promise<{ url: string; file: SavedFile }> {
  const posting = capturedPosting({ description: 'Terms of reference: customs reform in Niger.' });
  const record = await savePosting(on.db, posting, clock.tick());
  const file: SavedFile = { id: record.id, fileName: 'tor-customs.pdf', kind: 'pdf', bytes: bytes(size, 7), savedAt: clock.tick().toISOString() };
  await keepFile(on.db, file);
  return { url: posting.canonicalUrl, file };
}

async function fileOn(one: Device, url: string): Promise<SavedFile | undefined> {
  const owner = await findByCanonicalUrl(one.db, url);
  return owner && one.db.files.get(owner.id);
}

describe('kept files through sync', () => {
  it('carries a kept file with its posting, bytes intact, and leaves nothing queued', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const { url, file } = await captureDocument(a, clock);
    await syncUntilQuiet([a, b], server);
    const onB = await fileOn(b, url);
    expect(onB).toMatchObject({ fileName: 'tor-customs.pdf', kind: 'pdf', savedAt: file.savedAt });
    expect(onB!.id).toBe((await findByCanonicalUrl(b.db, url))!.id);
    expect(Buffer.from(onB!.bytes).equals(Buffer.from(file.bytes))).toBe(true);
    expect(await a.db.syncOutbox.count()).toBe(0);
    expect(await b.db.syncOutbox.count()).toBe(0);
    // The server holds the bytes as an attachment of the file's own document.
    const onServer = await server.get(fileDocId(url));
    expect((onServer._attachments as { content: { length: number } }).content.length).toBe(file.bytes.byteLength);
  });

  it('a file kept again later replaces the one before on the other device; two kept offline converge on the later, no conflict left', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const { url, file } = await captureDocument(a, clock);
    await syncUntilQuiet([a, b], server);
    const idOnB = (await findByCanonicalUrl(b.db, url))!.id;

    // Offline, A keeps a new version, then B keeps another, later.
    await keepFile(a.db, { ...file, fileName: 'tor-customs-v2.pdf', bytes: bytes(30_000, 2), savedAt: clock.tick().toISOString() });
    const later = { id: idOnB, fileName: 'tor-customs-v3.docx', kind: 'docx' as const, bytes: bytes(20_000, 3), savedAt: clock.tick().toISOString() };
    await keepFile(b.db, later);
    await syncUntilQuiet([a, b], server);
    for (const one of [a, b]) {
      const kept = await fileOn(one, url);
      expect(kept).toMatchObject({ fileName: 'tor-customs-v3.docx', kind: 'docx', savedAt: later.savedAt });
      expect(Buffer.from(kept!.bytes).equals(Buffer.from(later.bytes))).toBe(true);
    }
    expect((await server.get(fileDocId(url), { conflicts: true }))._conflicts ?? []).toEqual([]);
  });

  it('a file above the limit stays on its device, and is counted', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const { url } = await captureDocument(a, clock, SYNC_FILE_LIMIT + 1);
    expect(await filesTooLargeToSync(a.db)).toBe(1);
    await syncUntilQuiet([a, b], server);
    expect(await findByCanonicalUrl(b.db, url)).toBeDefined();
    expect(await fileOn(b, url)).toBeUndefined();
    await expect(server.get(fileDocId(url))).rejects.toMatchObject({ status: 404 });
    expect(await a.db.syncOutbox.count()).toBe(0);
  });

  it('refuses a file document whose bytes are not what it says, and stores nothing of it', async () => {
    const clock = new Clock();
    const [a, b, server] = devices.open(clock);
    const { url } = await captureDocument(a, clock);
    await syncUntilQuiet([a, b], server);
    const present = await fileOn(b, url);
    const hostile = {
      _id: fileDocId(url),
      _rev: (await server.get(fileDocId(url)))._rev,
      kind: 'file',
      canonicalUrl: url,
      fileName: 'tor.pdf',
      fileKind: 'pdf',
      size: 3,
      savedAt: clock.tick().toISOString(),
      _attachments: { content: { content_type: 'application/pdf', data: Buffer.from('more than three bytes').toString('base64') } },
    };
    await server.put(hostile);
    await syncUntilQuiet([b], server);
    expect(b.refused).toEqual([fileDocId(url)]);
    expect(await fileOn(b, url)).toEqual(present);
  });
});
