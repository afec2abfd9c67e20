/** What the user reads of a failure in an English interface: its notice in the English locale's words. */
import { noticeOf } from '../../lib/notice';
import { inEnglish } from '../../cli/english';
import messages from '../../public/_locales/en/messages.json';
import { lookupIn } from '../../components/words';
import type { ExportWords } from '../../lib/transfer/markdown';

const lookup = lookupIn(messages);

/** The words of an English interface for exports: its messages, and tags by their English name. */
export const ENGLISH: ExportWords = { t: (key, ...substitutions) => lookup(key, substitutions.map(String)), tag: (tag) => tag.label.en };

export const englishOf = (error: unknown): string => inEnglish(noticeOf(error));

/** The words of the failure `work` ends in; fails the test when it does not fail. */
export async function failureWords(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (error) {
    return englishOf(error);
  }
  throw new Error('Expected a failure, but it succeeded.');
}
