/**
 * The in-page collector: gathers what the page shows, understands nothing. It runs inside the
 * captured page (and, on a parsed file, in the CLI), so it stays small: Readability and the text
 * walker are its only dependencies.
 */
import { Readability } from '@mozilla/readability';
import type { CollectedPage } from './schema';
import { blockText } from './text';

const MAX_TEXT_CHARS = 1_500_000;
const MAX_LINKS = 2_000;
const MAX_JSONLD_CHARS = 500_000;
/** Readability on a page of hundreds of thousands of nodes takes seconds: skip it there. */
const MAX_NODES_FOR_READABILITY = 30_000;

export function collectPage(document: Document, url: string): CollectedPage {
  const meta: Record<string, string> = {};
  for (const element of Array.from(document.querySelectorAll('meta[name], meta[property]'))) {
    const key = element.getAttribute('name') ?? element.getAttribute('property');
    const content = element.getAttribute('content');
    if (key && content && !(key in meta)) meta[key.toLowerCase()] = content.slice(0, 2_000);
  }

  const jsonLd: string[] = [];
  let jsonLdChars = 0;
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const content = script.textContent ?? '';
    jsonLdChars += content.length;
    if (jsonLdChars > MAX_JSONLD_CHARS) break;
    jsonLd.push(content);
  }

  for (const scope of Array.from(document.querySelectorAll('[itemscope][itemtype$="JobPosting"]')).slice(0, 5)) {
    jsonLd.push(JSON.stringify(microdataItem(scope)));
  }

  const headings = Array.from(document.querySelectorAll('h1, h2, h3'))
    .slice(0, 200)
    .map((heading) => ({ level: Number(heading.tagName.slice(1)), text: (heading.textContent ?? '').replace(/\s+/g, ' ').trim() }))
    .filter((heading) => heading.text !== '');

  // Menus and footers hold the site's links and contact address, never the posting's.
  const links = Array.from(document.querySelectorAll('a[href], [data-cfemail]'))
    .filter((link) => !link.closest('nav, footer, [role="navigation"], [role="contentinfo"]'))
    .slice(0, MAX_LINKS)
    .map((link) => ({
      href: link.getAttribute('href') ?? '',
      text: (link.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
      cfemail: link.getAttribute('data-cfemail'),
    }));

  const body = document.body ?? document.documentElement;
  const { text, truncated } = body ? blockText(body, MAX_TEXT_CHARS) : { text: '', truncated: false };

  return {
    url,
    canonicalUrl: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    documentTitle: (document.title ?? '').trim(),
    lang: document.documentElement?.getAttribute('lang') || null,
    headings,
    jsonLd,
    meta,
    links,
    article: readArticle(document),
    text,
    truncated,
  };
}

function readArticle(document: Document): CollectedPage['article'] {
  // querySelectorAll, not getElementsByTagName('*'): the DOM library of the CLI counts nothing with the latter.
  if (document.querySelectorAll('*').length > MAX_NODES_FOR_READABILITY) return null;
  try {
    // parse() rewrites the document it is given: hand it a copy.
    const copy = document.cloneNode(true) as Document;
    // The article as a node, so that its text keeps one line per block like the page's own text.
    const article = new Readability(copy, { charThreshold: 200, serializer: (node) => node }).parse();
    if (!article) return null;
    return {
      title: article.title?.trim() || null,
      text: article.content ? blockText(article.content).text : '',
      siteName: article.siteName?.trim() || null,
    };
  } catch {
    return null;
  }
}

/**
 * A schema.org microdata item as the JSON-LD object it stands for, so that one reader serves both.
 * Only the item's own properties: those of nested items belong to them.
 */
function microdataItem(scope: Element): Record<string, unknown> {
  const item: Record<string, unknown> = { '@type': scope.getAttribute('itemtype')?.split('/').pop() ?? null };
  for (const element of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (element.parentElement?.closest('[itemscope]') !== scope) continue;
    const name = element.getAttribute('itemprop')!;
    if (name in item) continue;
    item[name] = element.hasAttribute('itemscope')
      ? microdataItem(element)
      : (element.getAttribute('content') ?? element.getAttribute('datetime') ?? (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 20_000));
  }
  return item;
}
