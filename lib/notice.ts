/**
 * What lib/ has to tell the user, as codes with parameters: components/ (components/i18n.ts say) turns
 * a notice into words of the interface's language from the locale files, where each code is a message
 * key whose $1, $2… are the parameters in the order declared here. lib/ builds no sentence of its own.
 */
import { z } from 'zod';

// Extension pages forbid eval: zod's JIT probe would trip the CSP (this module may load before lib/schema.ts).
z.config({ jitless: true });

/**
 * How a parameter is shown: as it is, as a number, as a size in bytes, as a list of posting evidence, or
 * as an instant (ISO 8601) in the user's own time zone.
 */
export type ParamKind = 'text' | 'number' | 'bytes' | 'evidence' | 'instant';
type ParamValue<K extends ParamKind> = K extends 'text' | 'instant' ? string : K extends 'evidence' ? string[] : number;

export const NOTICES = {
  // Warnings of a reading, stored with the posting.
  warningJsonLdBroken: { count: 'number' },
  warningTruncated: {},
  warningErrorTitle: { heading: 'text' },
  warningDeadlineUnparsed: { raw: 'text' },
  warningDeadlineYearInferred: { raw: 'text', date: 'text' },
  warningNoTimeZone: {},
  warningNoTextLayer: {},
  // Why a page is not a posting.
  notPostingErrorPage: { heading: 'text' },
  notPostingEmpty: {},
  notPostingAlmostEmpty: {},
  notPostingFieldsTitled: { title: 'text', found: 'evidence' },
  notPostingFieldsUntitled: { found: 'evidence' },
  notPostingNoFieldsTitled: { title: 'text' },
  notPostingNoFieldsUntitled: {},
  notPostingAboutTheWork: { title: 'text' },
  // Capture (shortcut, menu, popup).
  captureRefusedErrorPage: { heading: 'text' },
  captureRefusedEmpty: {},
  errorBrowserPage: {},
  errorNeedsClick: {},
  errorPageUnreadable: { detail: 'text' },
  errorPageNothingUsable: {},
  errorNoAnswer: {},
  errorDocumentReaderSilent: {},
  errorUnexpected: { detail: 'text' },
  // Storage.
  errorStorageFull: {},
  errorStorageDenied: {},
  errorPostingGone: { id: 'text' },
  errorDeletedMeanwhile: {},
  errorTagDeletedMeanwhile: {},
  // Documents (PDF, Word).
  documentTooLarge: { file: 'text', size: 'bytes', limit: 'bytes' },
  documentOldWord: { file: 'text' },
  documentUnsupported: { file: 'text' },
  documentEncrypted: { file: 'text' },
  documentEmpty: { file: 'text' },
  documentDamagedWord: { file: 'text', detail: 'text' },
  documentDamagedPdf: { file: 'text', detail: 'text' },
  documentUnreachable: { url: 'text', detail: 'text' },
  documentHttpError: { url: 'text', status: 'number' },
  // Import and export (each import refusal is followed by "Nothing was imported.").
  importTextTooLong: { path: 'text', length: 'number', limit: 'number' },
  importForbiddenKey: { path: 'text', key: 'text' },
  importSameId: { postings: 'text' },
  importSameAddress: { postings: 'text' },
  importSameRow: { rows: 'text' },
  importConstraint: {},
  importStorageFull: {},
  importStorageDenied: {},
  importDatabaseRefused: { name: 'text' },
  importFileTooLarge: { size: 'bytes', limit: 'bytes' },
  importInvalidJson: { detail: 'text' },
  importInvalidJsonAt: { line: 'number', detail: 'text' },
  importVersion: { version: 'text', readable: 'text' },
  importInvalidField: { path: 'text', detail: 'text' },
  importUnknownSetting: { key: 'text' },
  importInvalidSetting: { key: 'text' },
  importMerged: {},
  importIncomplete: {},
  importFailed: { detail: 'text' },
  importCsvEmpty: {},
  skippedUnchanged: {},
  skippedNewerHere: {},
  skippedAlreadySaved: {},
  csvNoTitleNoUrl: {},
  csvUnknownStatus: { status: 'text' },
  errorCalendar: { detail: 'text' },
  // Reminders (notifications).
  reminderTitleOneDay: { title: 'text' },
  reminderTitle: { days: 'number', title: 'text' },
  reminderDeadline: { deadline: 'instant' },
  reminderDeadlineAt: { organization: 'text', deadline: 'instant' },
} as const satisfies Record<string, Record<string, ParamKind>>;

export type NoticeCode = keyof typeof NOTICES;
export const NOTICE_CODES = Object.keys(NOTICES) as NoticeCode[];

/** One notice: its code, and each of the code's parameters with a value of its kind. */
export type Notice = {
  [C in NoticeCode]: { code: C; params: { -readonly [P in keyof (typeof NOTICES)[C]]: ParamValue<(typeof NOTICES)[C][P] & ParamKind> } };
}[NoticeCode];

export type NoticeOf<C extends NoticeCode> = Extract<Notice, { code: C }>;

/** Builds a notice; the compiler checks its parameters against the code. */
export function notice<C extends NoticeCode>(code: C, ...params: keyof NoticeOf<C>['params'] extends never ? [] : [NoticeOf<C>['params']]): NoticeOf<C> {
  return { code, params: params[0] ?? {} } as NoticeOf<C>;
}

const PARAM_SCHEMAS: Record<ParamKind, z.ZodType> = { text: z.string(), number: z.number(), bytes: z.number(), evidence: z.array(z.string()), instant: z.string() };

/**
 * A notice as stored and sent: each code with exactly its own parameters. Built at its first use: a
 * schema per code was a fiftieth of the CLI's start-up, and a posting without warnings never needs it.
 */
export const NoticeSchema = z.lazy(() =>
  z.discriminatedUnion(
    'code',
    NOTICE_CODES.map((code) =>
      z.object({
        code: z.literal(code),
        params: z.object(Object.fromEntries(Object.entries(NOTICES[code]).map(([name, kind]) => [name, PARAM_SCHEMAS[kind as ParamKind]]))),
      }),
    ) as unknown as [z.ZodObject, ...z.ZodObject[]],
  ),
) as unknown as z.ZodType<Notice>;

/** An error that carries what to tell the user. */
export class NoticeError extends Error {
  constructor(
    readonly notice: Notice,
    options?: ErrorOptions,
  ) {
    super(notice.code, options);
    this.name = 'NoticeError';
  }
}

/** What to tell the user about any failure: its notice, or the unexpected error's own message. */
export function noticeOf(error: unknown): Notice {
  if (error instanceof NoticeError) return error.notice;
  return notice('errorUnexpected', { detail: error instanceof Error ? error.message : String(error) });
}
