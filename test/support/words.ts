/** What the user reads of a failure in an English interface: its notice in the English locale's words. */
import { noticeOf } from '../../lib/notice';
import { inEnglish } from '../../cli/english';

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
