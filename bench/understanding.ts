/**
 * Understanding (collected page → Posting with tags) against Readability alone on the same pages, in
 * this process: on the fixture pages, and on the real-pages corpus (corpus/pages/) when it is present.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { pageFromHtml, urlOfFixture } from '../lib/html';
import { pageFromText, postingFromPage } from '../lib/pipeline';
import { classifyPosting } from '../lib/classify';
import type { CollectedPage } from '../lib/schema';
import { listFixtures } from '../test/support/fixtures';
import { CORPUS_DIR, corpusPagesPresent, readCorpusLabels } from '../test/support/corpus';
import { kilobytes, median, ms, percentile, ratio, record } from './table';

interface BenchPage {
  kind: 'html' | 'text';
  /** What Readability reads: the page's markup (a text page as one paragraph a line). */
  html: string;
  bytes: number;
  collect(): CollectedPage;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function htmlPage(html: string, url: string, bytes: number): BenchPage {
  return { kind: 'html', html, bytes, collect: () => pageFromHtml(html, url) };
}

function textPage(text: string, url: string, bytes: number): BenchPage {
  const html = `<html><body>${text.split('\n').map((line) => `<p>${escape(line)}</p>`).join('')}</body></html>`;
  return { kind: 'text', html, bytes, collect: () => pageFromText(text, url) };
}

function measure(label: string, pages: BenchPage[], rounds: number) {
  const collected = pages.map((page) => page.collect());
  const understanding: number[] = [];
  const readability: number[] = [];
  const classification: number[] = [];
  // Warm up the JIT and the lazily built tables, then measure several rounds, interleaved.
  for (let round = 0; round < rounds + 2; round++) {
    pages.forEach((page, index) => {
      const readabilityStart = performance.now();
      const { document } = parseHTML(page.html);
      new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
      const readabilityEnd = performance.now();
      const posting = postingFromPage(collected[index]!);
      const understandingEnd = performance.now();
      classifyPosting(posting);
      const classifyEnd = performance.now();
      if (round >= 2) {
        readability.push(readabilityEnd - readabilityStart);
        understanding.push(understandingEnd - readabilityEnd);
        classification.push(classifyEnd - understandingEnd);
      }
    });
  }
  const sizes = pages.map((page) => page.bytes);
  record(`${label}: pages measured`, String(pages.length), { note: `size median ${kilobytes(median(sizes))}, largest ${kilobytes(Math.max(...sizes))}` });
  record(`${label}: understanding per page (collected → Posting with tags), median`, ms(median(understanding)), {
    floor: ms(median(readability)),
    ratio: ratio(median(understanding), median(readability)),
    note: `floor: Readability alone (linkedom parse + parse()) on the same pages; p95 ${ms(percentile(understanding, 95))} vs ${ms(percentile(readability, 95))}; target ≤ 1.2×`,
  });
  return classification;
}

export function understandingOnFixtures() {
  const pages = listFixtures()
    .filter((fixture) => fixture.file.endsWith('.html'))
    .map((fixture) => {
      const html = readFileSync(fixture.file, 'utf8');
      return htmlPage(html, urlOfFixture(html) ?? 'https://example.org/', Buffer.byteLength(html));
    });
  const classification = measure('fixture .html pages', pages, 10);
  const mean = classification.reduce((sum, value) => sum + value, 0) / classification.length;
  record('classification of one posting, mean', `${(mean * 1000).toFixed(0)} µs`, { note: 'target well under 1 ms' });
}

export function understandingOnCorpus() {
  if (!corpusPagesPresent()) {
    process.stderr.write('  real-pages corpus: corpus/pages/ is absent, skipped (corpus/README.md says how to rebuild it)\n');
    return;
  }
  // Every page in the folder counts, labelled or not; a label gives the page its real address.
  const urls = new Map(readCorpusLabels().lines.map((line) => [line.file, line.url]));
  const folder = join(CORPUS_DIR, 'pages');
  const pages = readdirSync(folder)
    .filter((name) => /\.(html?|txt)$/i.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(join(folder, name), 'utf8');
      const bytes = statSync(join(folder, name)).size;
      const url = urls.get(name) ?? `https://corpus.invalid/${name}`;
      return /\.html?$/i.test(name) ? htmlPage(content, urlOfFixture(content) ?? url, bytes) : textPage(content, url, bytes);
    });
  if (pages.length === 0) {
    process.stderr.write('  real-pages corpus: no .html, .htm or .txt page in corpus/pages/, skipped\n');
    return;
  }
  const kinds = `${pages.filter((page) => page.kind === 'html').length} .html, ${pages.filter((page) => page.kind === 'text').length} .txt`;
  measure(`real-pages corpus (corpus/pages/: ${kinds})`, pages, 5);
}
