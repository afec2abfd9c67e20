import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fold } from '../../lib/text';

/** fold() as it was before its plain-ASCII path: the full path, for any text. */
const fullFold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase();

describe('fold', () => {
  test.prop([fc.string({ unit: 'binary-ascii' })])('gives any ASCII text what the full path gives', (text) => {
    expect(fold(text)).toBe(fullFold(text));
  });

  test.prop([fc.string({ unit: 'grapheme' })])('gives any text what the full path gives', (text) => {
    expect(fold(text)).toBe(fullFold(text));
  });

  it('folds accents, quotes and dashes', () => {
    expect(fold('Côte d`Ivoire – Genève’s ÉCOLE')).toBe("cote d'ivoire - geneve's ecole");
  });
});
