/** Word (.docx) → lines of text with mammoth: paragraphs and table cells, one a line. */
import mammoth from 'mammoth';
import { DocumentError } from './document';
import { notice } from '../notice';

export async function docxLines(bytes: Uint8Array, fileName: string): Promise<string[]> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.extractRawText>[0];
  let text: string;
  try {
    text = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DocumentError('corrupted', notice('documentDamagedWord', { file: fileName, detail }));
  }
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
}
