import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, MAX_DOCUMENT_BYTES, documentKind, isDocumentUrl, postingFromDocument } from '../../lib/documents/document';
import { fetchDocument, fileNameFromDisposition, readDocument } from '../../lib/documents/read';
import { linesOfPage, unwrap } from '../../lib/documents/pdf';
import { PostingSchema } from '../../lib/schema';
import { notAPostingReason } from '../../lib/understand';
import { corruptedDocx, corruptedPdf, docxFromText, encryptedPdf, oversizedPdf, pdfFromText, scannedPdf } from '../support/documents';
import { FIXTURES_DIR, compareFields } from '../support/fixtures';
import { englishOf } from '../support/words';
import { noticeOf, type Notice } from '../../lib/notice';

/** The notice of what `work` throws. */
function failureOfSync(work: () => unknown): Notice | null {
  try {
    work();
  } catch (error) {
    return noticeOf(error);
  }
  return null;
}

const SEEDS = [
  { name: 'seed 002 (CIVIPOL ToR)', base: join(FIXTURES_DIR, 'civipol', 'seed-002-tor-victim-protection') },
  { name: 'seed 004 (France Volontaires offer)', base: join(FIXTURES_DIR, 'france-volontaires', 'seed-004-vsi-oeco') },
];

const MAKERS = { pdf: pdfFromText, docx: docxFromText };

async function failureOf(promise: Promise<unknown>): Promise<DocumentError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('seed documents as real PDF and Word files', () => {
  for (const seed of SEEDS) {
    const text = readFileSync(`${seed.base}.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${seed.base}.expected.json`, 'utf8')) as Record<string, unknown>;
    for (const [kind, make] of Object.entries(MAKERS)) {
      it(`${seed.name} as .${kind} gives the same fields as its text`, async () => {
        const fileName = `${seed.base.split('/').pop()}.${kind}`;
        const reading = await readDocument(await make(text), { url: `file:///${fileName}`, fileName });
        expect(reading.kind).toBe(kind);
        expect(reading.noText).toBe(false);
        const posting = PostingSchema.parse(postingFromDocument(reading));
        expect(notAPostingReason(posting)).toBeNull();
        // Every expected field, compared exactly. The document form may only change layout: the PDF wraps
        // long paragraphs at the margin (joined again by unwrap()), and the standard PDF font's WinAnsi
        // encoding turns tabs and thin spaces into plain spaces; none of the compared fields moves.
        expect(compareFields(posting, expected).filter((result) => !result.ok)).toEqual([]);
        expect(posting.url).toBe(`file:///${fileName}`);
      });
    }
  }

  it('keeps a wrapped paragraph whole and a new line apart', () => {
    const line = (text: string, y: number, width: number) => ({ str: text, transform: [1, 0, 0, 1, 50, y], width, height: 9 });
    const lines = linesOfPage([
      line('Date limite de candidature : le 17 février 2025 à 16 heures', 700, 495),
      line('(heure du Sénégal)', 688, 80),
      line('Nombre de jours', 676, 495),
      line('de mission : 200', 664, 60),
    ]);
    expect(unwrap(lines)).toEqual(['Date limite de candidature : le 17 février 2025 à 16 heures', '(heure du Sénégal)', 'Nombre de jours de mission : 200']);
  });

  it('reads the items of one line left to right, with spaces at gaps', () => {
    const item = (text: string, x: number, width: number, y = 700) => ({ str: text, transform: [1, 0, 0, 1, x, y], width, height: 10 });
    expect(linesOfPage([item('2025', 200, 20), item('Date limite :', 50, 60), item('9 mars', 150, 30, 701)]).map((line) => line.text)).toEqual(['Date limite : 9 mars 2025']);
  });
});

describe('documents that cannot be read', () => {
  it('a scanned PDF says it has no text layer and still gives a posting titled by its file name', async () => {
    const reading = await readDocument(await scannedPdf(), { url: 'https://example.org/tor/ToR%20expert.pdf', fileName: 'ToR expert.pdf' });
    expect(reading.noText).toBe(true);
    const posting = PostingSchema.parse(postingFromDocument(reading));
    expect(posting.title).toBe('ToR expert');
    expect(posting.url).toBe('https://example.org/tor/ToR%20expert.pdf');
    expect(posting.warnings[0]).toEqual({ code: 'warningNoTextLayer', params: {} });
  });

  it('an encrypted PDF fails with a password message', async () => {
    const error = await failureOf(readDocument(encryptedPdf(), { url: 'file:///locked.pdf', fileName: 'locked.pdf' }));
    expect(error.failure).toBe('encrypted');
    expect(error.notice).toEqual({ code: 'documentEncrypted', params: { file: 'locked.pdf' } });
    expect(englishOf(error)).toMatch(/^locked\.pdf is protected by a password/);
  });

  it('a corrupted PDF fails as damaged', async () => {
    const error = await failureOf(readDocument(corruptedPdf(), { url: 'file:///broken.pdf', fileName: 'broken.pdf' }));
    expect(error.failure).toBe('corrupted');
    expect(englishOf(error)).toMatch(/^broken\.pdf is not a readable PDF/);
  });

  it('a corrupted .docx fails as damaged', async () => {
    const error = await failureOf(readDocument(corruptedDocx(), { url: 'file:///broken.docx', fileName: 'broken.docx' }));
    expect(error.failure).toBe('corrupted');
    expect(englishOf(error)).toMatch(/^broken\.docx is not a readable Word document/);
  });

  it('a password-protected Word file (an OLE container with EncryptionInfo) and an old .doc are told apart', () => {
    const ole = (name: string) => {
      const bytes = new Uint8Array(1024);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      bytes.set(Array.from(name).flatMap((character) => [character.charCodeAt(0), 0]), 512);
      return bytes;
    };
    expect(failureOfSync(() => documentKind(ole('EncryptionInfo'), 'locked.docx'))).toEqual({ code: 'documentEncrypted', params: { file: 'locked.docx' } });
    expect(failureOfSync(() => documentKind(ole('WordDocument'), 'old.doc'))).toEqual({ code: 'documentOldWord', params: { file: 'old.doc' } });
    expect(failureOfSync(() => documentKind(new TextEncoder().encode('<html></html>'), 'page.pdf'))).toEqual({ code: 'documentUnsupported', params: { file: 'page.pdf' } });
  });

  it('a 50 MB document is refused on its size before any parsing', async () => {
    const bytes = oversizedPdf(50);
    expect(bytes.byteLength).toBeGreaterThan(MAX_DOCUMENT_BYTES);
    const started = performance.now();
    const error = await failureOf(readDocument(bytes, { url: 'file:///huge.pdf', fileName: 'huge.pdf' }));
    expect(error.failure).toBe('too-large');
    expect(englishOf(error)).toBe('huge.pdf weighs 50 MB: documents over 20 MB are not read.');
    expect(performance.now() - started).toBeLessThan(100);
  });
});

describe('downloading a document', () => {
  const respond = (body: BodyInit, headers: Record<string, string> = {}, url = 'https://example.org/files/ToR.pdf') =>
    (async () => Object.defineProperty(new Response(body, { headers }), 'url', { value: url })) as unknown as typeof fetch;

  it('takes the file name from Content-Disposition, else from the address', async () => {
    const pdf = await pdfFromText('Termes de référence');
    expect((await fetchDocument('https://example.org/files/ToR.pdf', respond(new Uint8Array(pdf)))).source).toEqual({ url: 'https://example.org/files/ToR.pdf', fileName: 'ToR.pdf' });
    const named = await fetchDocument('https://example.org/download?id=7', respond(new Uint8Array(pdf), { 'content-disposition': "attachment; filename*=UTF-8''ToR%20Dakar%202025.pdf" }, 'https://example.org/download?id=7'));
    expect(named.source.fileName).toBe('ToR Dakar 2025.pdf');
    expect(named.bytes.byteLength).toBe(pdf.byteLength);
    expect(fileNameFromDisposition('attachment; filename="offre VSI.docx"')).toBe('offre VSI.docx');
  });

  it('refuses a document by its declared length without reading it', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const error = await failureOf(fetchDocument('https://example.org/files/ToR.pdf', respond(body, { 'content-length': String(50 * 1024 * 1024) })));
    expect(error.failure).toBe('too-large');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops a download that grows past the limit when no length is declared', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const error = await failureOf(fetchDocument('https://example.org/files/ToR.pdf', respond(body)));
    expect(error.failure).toBe('too-large');
    expect(pulled).toBeLessThan(MAX_DOCUMENT_BYTES / (1024 * 1024) + 3);
  });

  it('says when the server refuses the document', async () => {
    const error = await failureOf(fetchDocument('https://example.org/files/ToR.pdf', (async () => new Response('no', { status: 403 })) as unknown as typeof fetch));
    expect(error.failure).toBe('unreachable');
    expect(error.notice).toEqual({ code: 'documentHttpError', params: { url: 'https://example.org/files/ToR.pdf', status: 403 } });
  });

  it('recognises document addresses by their file name', () => {
    expect(isDocumentUrl('https://civipol.fr/sites/ToR%20expert.PDF')).toBe(true);
    expect(isDocumentUrl('https://example.org/offre.docx?download=1')).toBe(true);
    expect(isDocumentUrl('https://example.org/offre.html')).toBe(false);
    expect(isDocumentUrl(undefined)).toBe(false);
  });
});
