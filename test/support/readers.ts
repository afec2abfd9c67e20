/** Sources for the field readers' unit tests: every source empty, on a board's address, unless a test says otherwise. */
import type { LocationSources } from '../../lib/extract/location';
import type { TitleSources } from '../../lib/extract/title';

export const BOARD_URL = 'https://board.example.net/job/7';

export function titleSources(overrides: Partial<TitleSources>): TitleSources {
  return {
    adapter: null, jsonLd: null, headings: [], label: null, lines: [], articleTitle: null, documentTitle: '', siteName: null,
    url: 'https://jobs.example.org/offer/1', isLabelLine: () => false, ...overrides,
  };
}

/** No source of a place at all; a test spreads this and adds the one it reads. */
export const NO_PLACE_SOURCES: LocationSources = {
  adapter: {}, jsonLd: { country: null, city: null }, countryLabel: null, locationLabel: null, cityLabel: null, title: null, body: '', lines: [], url: BOARD_URL,
};
