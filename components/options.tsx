import { CONTRACT_TYPES, EDUCATION_LEVELS, STATUSES } from '../lib/schema';
import { t } from './i18n';

/** The <option>s of every status selector, in the user's language. */
export function StatusOptions() {
  return STATUSES.map((status) => (
    <option key={status} value={status}>
      {t(`status_${status}`)}
    </option>
  ));
}

/** The <option>s of every contract-type selector, in the user's language. */
export function ContractOptions() {
  return CONTRACT_TYPES.map((type) => (
    <option key={type} value={type}>
      {t(`contract_${type}`)}
    </option>
  ));
}

/** The <option>s of every degree selector, in the user's language. */
export function EducationOptions() {
  return EDUCATION_LEVELS.map((level) => (
    <option key={level} value={level}>
      {t(`education_${level}`)}
    </option>
  ));
}
