/**
 * Saved HTML outside a browser (CLI, tests, benchmark): linkedom gives the collector a DOM, so a
 * file goes through the same collector as a live page.
 */
import { parseHTML } from 'linkedom';
import { collectPage } from './collect';
import type { CollectedPage } from './schema';

export function pageFromHtml(html: string, url: string): CollectedPage {
  const { document } = parseHTML(html);
  return collectPage(document as unknown as Document, url);
}

/** Fixture pages name their address in a first-line comment: <!-- {"url": "https://..."} -->. */
export function urlOfFixture(html: string): string | null {
  const comment = html.match(/^\s*<!--\s*(\{[\s\S]*?\})\s*-->/);
  if (!comment) return null;
  try {
    const { url } = JSON.parse(comment[1]!) as { url?: unknown };
    return typeof url === 'string' ? url : null;
  } catch {
    return null;
  }
}
