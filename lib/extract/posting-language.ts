/** The language a posting is written in, by its commonest small words. */
import { fold } from '../text';

const STOPWORDS: Record<string, RegExp> = {
  fr: /\b(le|la|les|des|du|et|est|pour|dans|une|sur|avec|au|aux|ce|qui)\b/g,
  en: /\b(the|and|of|to|in|for|with|is|on|be|this|will|are|as|by)\b/g,
  es: /\b(el|la|los|las|del|y|en|para|con|por|una|que|se|es|al)\b/g,
};

export function detectLanguage(text: string): string | null {
  const sample = fold(text.slice(0, 20_000));
  let best: string | null = null;
  let bestCount = 20;
  for (const [code, pattern] of Object.entries(STOPWORDS)) {
    const count = sample.match(pattern)?.length ?? 0;
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}
