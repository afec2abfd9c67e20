import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../lib/extract/dates';
import { fold } from '../../lib/text';

describe('the month-name table', () => {
  it.each(Object.keys(MONTH_NAMES) as Array<keyof typeof MONTH_NAMES>)('holds what Intl writes in %s, long then short', (locale) => {
    const fromIntl = (['long', 'short'] as const).map((style) => {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, month) => fold(format.format(new Date(Date.UTC(2021, month, 15)))).replace(/\.$/, '')).join(' ');
    });
    expect(MONTH_NAMES[locale]).toEqual(fromIntl);
  });
});
