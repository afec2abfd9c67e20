/**
 * The single source of the record types. Every stored record, message and CLI output is
 * parsed with one of these schemas; TypeScript types are inferred from them.
 */
import { z } from 'zod';
import { NoticeSchema } from './notice';

// Extension pages forbid eval: zod's JIT probe would trip the CSP.
z.config({ jitless: true });

const text = z.string();
const nullableText = text.nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const countryCode = z.string().regex(/^[A-Z]{2}$/);

export const CONTRACT_TYPES = ['consultancy', 'employment', 'volunteer', 'internship', 'fellowship', 'other'] as const;
export const EDUCATION_LEVELS = ['secondary', 'bachelor', 'master', 'doctorate'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const STATUSES = ['saved', 'preparing', 'applied', 'interview', 'offer', 'rejected', 'withdrawn'] as const;
export const TAG_FAMILIES = ['theme', 'region', 'contract', 'seniority', 'duration', 'workplace', 'language', 'user'] as const;

export const LocationSchema = z.object({
  country: countryCode.nullable(),
  city: nullableText,
  remote: z.boolean(),
  raw: nullableText,
});

export const DeadlineSchema = z.object({
  date: isoDate.nullable(),
  time: z.string().regex(/^\d{2}:\d{2}$/).nullable(),
  timeZone: nullableText,
  /** UTC instant; with no stated time the end of the day in the zone is taken. */
  instant: z.string().nullable(),
  raw: nullableText,
  /** True when a deadline text was seen but could not be read: the raw text is kept for the user. */
  unparsed: z.boolean(),
});

export const PublishedSchema = z.object({ date: isoDate.nullable(), raw: nullableText });
export const ContractSchema = z.object({ type: z.enum(CONTRACT_TYPES).nullable(), raw: nullableText });
export const DurationSchema = z.object({
  days: z.number().nullable(),
  months: z.number().nullable(),
  term: z.enum(['short', 'long']).nullable(),
  raw: nullableText,
});
export const LanguageRequirementSchema = z.object({
  code: z.string().regex(/^[a-z]{2}$/),
  level: z.enum(CEFR_LEVELS).nullable(),
  required: z.boolean(),
  raw: nullableText,
});
export const EducationSchema = z.object({ level: z.enum(EDUCATION_LEVELS).nullable(), raw: nullableText });
export const ApplySchema = z.object({ emails: z.array(text), subject: nullableText, url: nullableText });

/**
 * One requirement as the posting states it, in its own words (quote), so that the user sees what the
 * fit was judged on. required is false for an asset ("un atout", "desirable", "deseable").
 */
const requirementBase = { quote: text, required: z.boolean() };
export const RequirementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('language'), code: z.string().regex(/^[a-z]{2}$/), level: z.enum(CEFR_LEVELS).nullable(), ...requirementBase }),
  z.object({
    kind: z.literal('experience'),
    years: z.number(),
    /** What the years must be in ("police", "in Africa"); null for overall experience. */
    scope: nullableText,
    /** The taxonomy's themes and regions the scope names, for checking against the profile's years per theme or region. */
    themeIds: z.array(text),
    regionIds: z.array(text),
    ...requirementBase,
  }),
  z.object({ kind: z.literal('education'), level: z.enum(EDUCATION_LEVELS), ...requirementBase }),
  z.object({
    kind: z.literal('nationality'),
    /** national: nationals of the listed countries only; eu: EU nationality; listed: one of the listed nationalities. */
    rule: z.enum(['national', 'eu', 'listed']),
    countries: z.array(countryCode),
    ...requirementBase,
  }),
  z.object({ kind: z.literal('availability'), from: isoDate.nullable(), to: isoDate.nullable(), ...requirementBase }),
]);

/** A points grid the employer scores candidates with ("Selection criteria for the shortlist (/100 points)"). */
export const SelectionGridSchema = z.object({
  title: text,
  /** The total the posting announces ("/100"), or null when it announces none. */
  total: z.number().nullable(),
  criteria: z.array(z.object({ label: text, points: z.number() })),
});

export const EvidenceSchema = z.object({
  phrase: text,
  where: z.enum(['title', 'objectives', 'body', 'organization', 'field']),
  weight: z.number(),
});
export const TagSchema = z.object({
  id: text,
  family: z.enum(TAG_FAMILIES),
  label: z.object({ en: text, fr: text }),
  evidence: z.array(EvidenceSchema),
  source: z.enum(['auto', 'user']),
});

export const PostingSchema = z.object({
  url: text,
  canonicalUrl: text,
  site: nullableText,
  title: nullableText,
  organization: nullableText,
  reference: nullableText,
  location: LocationSchema,
  deadline: DeadlineSchema,
  published: PublishedSchema,
  contract: ContractSchema,
  duration: DurationSchema,
  languages: z.array(LanguageRequirementSchema),
  experienceYears: z.number().nullable(),
  education: EducationSchema,
  requirements: z.array(RequirementSchema),
  selectionGrids: z.array(SelectionGridSchema),
  apply: ApplySchema,
  postingLanguage: nullableText,
  description: text,
  tags: z.array(TagSchema),
  /** Why a field is missing or doubtful, as notices the interface puts in words the user can act on. */
  warnings: z.array(NoticeSchema),
});

/** What understand() reads from a page: a posting without the fields derived from it (lib/derive.ts). */
export const ReadPostingSchema = PostingSchema.omit({ requirements: true, selectionGrids: true, tags: true });
export type ReadPosting = z.infer<typeof ReadPostingSchema>;

export const StatusSchema = z.enum(STATUSES);
export const StatusChangeSchema = z.object({ status: StatusSchema, at: z.string() });

export const ContactSchema = z.object({ name: text, email: text, role: text });

export const TrackingSchema = z.object({
  status: z.enum(STATUSES),
  statusHistory: z.array(StatusChangeSchema),
  notes: text,
  /** Tag ids the user removed: re-classification must not bring them back. */
  removedTagIds: z.array(text),
  /** The day the application went out ("when did I apply?"), set with the status or by hand. */
  appliedDate: isoDate.nullable(),
  followUpDate: isoDate.nullable(),
  starred: z.boolean(),
  contacts: z.array(ContactSchema),
  /** What was sent: CV version, cover letter, as the user describes them. */
  sent: z.object({ cv: text, coverLetter: text }),
  /** Criteria of the posting's selection grids the user says they meet (lib/fit.ts criterionKey). */
  gridChecks: z.array(text),
});

export function emptyTracking(at: string): Tracking {
  return {
    status: 'saved',
    statusHistory: [{ status: 'saved', at }],
    notes: '',
    removedTagIds: [],
    appliedDate: null,
    followUpDate: null,
    starred: false,
    contacts: [],
    sent: { cv: '', coverLetter: '' },
    gridChecks: [],
  };
}

/** Fields the user corrected by hand; they win over every later re-capture. */
export const PostingEditsSchema = PostingSchema.pick({
  title: true,
  organization: true,
  reference: true,
  location: true,
  deadline: true,
  contract: true,
  duration: true,
  experienceYears: true,
  education: true,
  apply: true,
}).partial();

/** A field the user changed in the popup, by its name in lib/posting-fields.ts, with the value they saw. */
export const TypedChangeSchema = z.object({ name: text, seen: text, typed: text });

/** A posting as stored: its description lives in its own table, so lists load light records. */
export const StoredPostingSchema = PostingSchema.omit({ description: true });

export const SavedPostingSchema = z.object({
  id: text,
  canonicalUrl: text,
  extracted: StoredPostingSchema,
  edits: PostingEditsSchema,
  userTags: z.array(TagSchema),
  tracking: TrackingSchema,
  capturedAt: z.string(),
  updatedAt: z.string(),
  // Denormalised keys for the indexes the tracker filters and sorts on.
  status: z.enum(STATUSES),
  deadlineAt: z.string(),
  organization: text,
  tagIds: z.array(text),
});

export const DescriptionSchema = z.object({ id: text, text: text });

/** The original PDF or Word file of a posting captured from one, kept to open again when the site took it down. */
export const SavedFileSchema = z.object({
  /** The posting's id. */
  id: text,
  fileName: text,
  kind: z.enum(['pdf', 'docx']),
  bytes: z.custom<Uint8Array<ArrayBuffer>>((value) => value instanceof Uint8Array, 'expected the file bytes'),
  savedAt: z.string(),
});

/** What the in-page collector returns: gathered, not understood. */
export const CollectedPageSchema = z.object({
  url: text,
  canonicalUrl: nullableText,
  documentTitle: text,
  lang: nullableText,
  headings: z.array(z.object({ level: z.number(), text: text })),
  jsonLd: z.array(text),
  meta: z.record(z.string(), text),
  links: z.array(z.object({ href: text, text: text, cfemail: nullableText })),
  article: z.object({ title: nullableText, text: text, siteName: nullableText }).nullable(),
  text: text,
  truncated: z.boolean(),
});

export type Posting = z.infer<typeof PostingSchema>;
export type PostingEdits = z.infer<typeof PostingEditsSchema>;
export type Tag = z.infer<typeof TagSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Tracking = z.infer<typeof TrackingSchema>;
export type Status = (typeof STATUSES)[number];
export type SavedPosting = z.infer<typeof SavedPostingSchema>;
export type StoredPosting = z.infer<typeof StoredPostingSchema>;
export type Description = z.infer<typeof DescriptionSchema>;
export type SavedFile = z.infer<typeof SavedFileSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type CollectedPage = z.infer<typeof CollectedPageSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Duration = z.infer<typeof DurationSchema>;
export type LanguageRequirement = z.infer<typeof LanguageRequirementSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
export type SelectionGrid = z.infer<typeof SelectionGridSchema>;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type TagFamily = (typeof TAG_FAMILIES)[number];

/** A tag the user defined with their own phrases (for instance "SEACOP" or "Sahel security"). */
export const UserRuleSchema = z.object({
  id: text,
  label: text,
  family: z.enum(TAG_FAMILIES),
  phrases: z.array(text).min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserRule = z.infer<typeof UserRuleSchema>;

const years = z.number().min(0).max(70);

/**
 * The user's own profile, which the fit of every posting is checked against (lib/fit.ts). Kept in the
 * settings table like any other setting; nothing leaves the browser.
 */
export const ProfileSchema = z.object({
  languages: z.array(z.object({ code: z.string().regex(/^[a-z]{2}$/), level: z.enum(CEFR_LEVELS) })),
  experienceYears: years.nullable(),
  /** Years by theme or region tag id ("theme:migration-border", "region:west-africa"). */
  experienceByTag: z.array(z.object({ tagId: text, years })),
  degree: z.enum(EDUCATION_LEVELS).nullable(),
  nationalities: z.array(countryCode),
  themes: z.array(text),
  regions: z.array(text),
  contracts: z.array(z.enum(CONTRACT_TYPES)),
  availableFrom: isoDate.nullable(),
  availableTo: isoDate.nullable(),
  /** For consultancies: the least daily fee the user takes (floor), in their currency. */
  dailyRate: z.object({ floor: z.number().min(0).nullable(), currency: z.string().regex(/^[A-Z]{3}$/) }),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const EMPTY_PROFILE: Profile = {
  languages: [],
  experienceYears: null,
  experienceByTag: [],
  degree: null,
  nationalities: [],
  themes: [],
  regions: [],
  contracts: [],
  availableFrom: null,
  availableTo: null,
  dailyRate: { floor: null, currency: 'EUR' },
};
