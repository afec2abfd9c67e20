/**
 * Notices from lib/ (lib/notice.ts) in words: the code is the message key, each parameter formatted for
 * the language (numbers and sizes with Intl, evidence as a translated list). No browser API here, so the
 * CLI words its messages the same way from the English locale file.
 */
import { NOTICES, type Notice, type ParamKind } from '../lib/notice';

/** A message by key, its $1, $2… replaced by the substitutions (browser.i18n.getMessage's contract). */
export type Lookup = (key: string, substitutions: string[]) => string;

/** A size in bytes as the language writes it: "1.5 MB", "1,5 Mo". */
export function fileSize(bytes: number, locale: string): string {
  const [unit, amount] = bytes >= 1024 * 1024 ? ['megabyte', bytes / 1024 / 1024] : bytes >= 1024 ? ['kilobyte', bytes / 1024] : ['byte', bytes];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(amount);
}

/** The message key of a kind of posting evidence (lib/extract/evidence.ts): "how to apply" → evidence_how_to_apply. */
export const evidenceKey = (evidence: string) => `evidence_${evidence.replace(/ /g, '_')}`;

function formatParam(kind: ParamKind, value: unknown, lookup: Lookup, locale: string): string {
  if (kind === 'number') return new Intl.NumberFormat(locale).format(value as number);
  if (kind === 'bytes') return fileSize(value as number, locale);
  if (kind === 'instant') return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(value as string));
  if (kind === 'evidence') return new Intl.ListFormat(locale, { type: 'conjunction' }).format((value as string[]).map((item) => lookup(evidenceKey(item), [])));
  return String(value);
}

export function noticeWords(notice: Notice, lookup: Lookup, locale: string): string {
  const kinds: Record<string, ParamKind> = NOTICES[notice.code];
  const params = notice.params as Record<string, unknown>;
  return lookup(
    notice.code,
    Object.entries(kinds).map(([name, kind]) => formatParam(kind, params[name], lookup, locale)),
  );
}

type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A Lookup over a locale file, as the browser reads it: $NAME$ → its placeholder's content → $1…; $$ is a dollar. */
export function lookupIn(messages: LocaleMessages): Lookup {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
    return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
  };
}
