import { PostingSchema, type Posting } from '../../lib/schema';

let counter = 0;

/** A complete, valid Posting; override what a test cares about. */
export function makePosting(overrides: Partial<Posting> = {}): Posting {
  counter++;
  return PostingSchema.parse({
    url: `https://jobs.example.org/posting/${counter}`,
    canonicalUrl: `https://jobs.example.org/posting/${counter}`,
    site: 'jobs.example.org',
    title: `Posting ${counter}`,
    organization: 'Example Agency',
    reference: null,
    location: { country: 'SN', city: 'Dakar', remote: false, raw: null },
    deadline: { date: '2030-01-15', time: '16:00', timeZone: 'Africa/Dakar', instant: '2030-01-15T16:00:00Z', raw: '15/01/2030 16:00', unparsed: false },
    published: { date: null, raw: null },
    contract: { type: 'consultancy', raw: 'Consultancy' },
    duration: { days: 30, months: null, term: 'short', raw: '30 days' },
    languages: [],
    experienceYears: null,
    education: { level: null, raw: null },
    requirements: [],
    selectionGrids: [],
    apply: { emails: [], subject: null, url: null },
    postingLanguage: 'en',
    description: 'A posting.',
    tags: [],
    warnings: [],
    ...overrides,
  });
}
