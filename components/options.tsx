import { CONTRACT_TYPES, EDUCATION_LEVELS, STATUSES } from '../lib/schema';
import { countriesByName } from '../lib/extract/places';
import { t } from './i18n';
import { uiLanguage } from './labels';

/**
 * The <option>s of every country selector: names in the interface's language, in its alphabetical order (a
 * select finds a name as the user types its first letters); the record keeps the ISO code. A code the list
 * does not name (a correction typed before the list existed) stays shown as it is.
 */
export function CountryOptions({ current }: { current: string }) {
  const countries = countriesByName(uiLanguage());
  const unknown = current !== '' && !countries.some((country) => country.code === current);
  return (
    <>
      <option value="">{t('unknown')}</option>
      {unknown && <option value={current}>{current}</option>}
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </>
  );
}

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
