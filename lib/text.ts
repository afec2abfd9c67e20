/**
 * Text helpers shared by the in-page collector and the understanding step. Dependency-free: this file
 * is bundled into the collector that runs inside every captured page.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'OPTION',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'SELECT', 'BUTTON']);

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * The visible text of a subtree with one line per block and a tab between table cells, so that
 * "Label\tValue", "Label: value" and "Label\nValue" layouts all survive as lines. Works on any DOM
 * (the page's own, linkedom in the CLI) so that the browser and the CLI read the same text.
 * Stops after maxChars so that a 5 MB page cannot stall the capture.
 */
export function blockText(root: Node, maxChars = 2_000_000): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;

  const newline = () => {
    if (parts.length > 0 && parts[parts.length - 1] !== '\n') parts.push('\n');
  };
  const walk = (node: Node): void => {
    if (truncated) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (value.trim() === '' && !/ /.test(value)) return;
      parts.push(value);
      length += value.length;
      if (length > maxChars) truncated = true;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const element = node as Element;
    const tag = node.nodeType === 1 ? element.tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) return;
    if (node.nodeType === 1 && isHidden(element)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) newline();
    if (tag === 'TD' || tag === 'TH') parts.push('\t');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) newline();
  };
  walk(root);
  return { text: tidyLines(parts.join('')), truncated };
}

/** Collapses runs of spaces inside lines, drops empty lines, keeps tabs as cell separators. */
export function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \u00a0\u2007\u202f\r\f\v]+/g, ' ')
        .replace(/ ?\t ?/g, '\t')
        .replace(/^\t+/, '')
        .replace(/\t+$/, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** Printable ASCII, tabs and line breaks, without the backquote: what fold() leaves as it is but for the case. */
const PLAIN_ASCII = /^[\t\n\r -_a-~]*$/;

/**
 * Lower case, no accents, straight apostrophes: the form every matcher compares in. Most texts folded
 * (the gazetteers' and taxonomy's names at every start, words of a page) are plain ASCII, for which
 * lower case is the whole of it, at a third of the cost (test/unit/fold.test.ts holds the two equal).
 */
export function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();
}

/**
 * A one-argument function that remembers its answers, up to a bound (then it starts afresh): readers ask the
 * gazetteers about the same few words many times per page.
 */
export function remembered<T>(compute: (text: string) => T, bound = 50_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text)!;
    if (answers.size >= bound) answers.clear();
    const answer = compute(text);
    answers.set(text, answer);
    return answer;
  };
}
