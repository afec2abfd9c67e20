import type { TrackerFilter } from '../../lib/filters';
import { FIT_VERDICTS, type FitVerdict } from '../../lib/fit';
import { StatusOptions, ContractOptions } from '../options';
import { type ContractType, type Status, type Tag } from '../../lib/schema';
import { countryLabel, tagLabel } from '../labels';
import { t } from '../i18n';

interface Props {
  filter: TrackerFilter;
  onChange(filter: TrackerFilter): void;
  choices: { organizations: string[]; countries: string[]; tags: Map<string, Tag> };
}

export function Filters({ filter, onChange, choices }: Props) {
  const tags = [...choices.tags.values()].sort((a, b) => tagLabel(a).localeCompare(tagLabel(b)));
  const set = <K extends keyof TrackerFilter>(key: K, value: TrackerFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('search')}
        <input type="search" name="search" value={filter.text} onChange={(event) => set('text', event.target.value)} placeholder={t('searchPlaceholder')} />
      </label>
      <label>
        {t('status')}
        <select name="status" value={filter.statuses[0] ?? ''} onChange={(event) => set('statuses', event.target.value ? [event.target.value as Status] : [])}>
          <option value="">{t('all')}</option>
          <StatusOptions />
        </select>
      </label>
      <label>
        {t('tags')}
        <select name="tag" value={filter.tagId ?? ''} onChange={(event) => set('tagId', event.target.value || null)}>
          <option value="">{t('all')}</option>
          {tags.filter((tag) => tag.family !== 'region').map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tagLabel(tag)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('region')}
        <select name="region" value={filter.regionTagId ?? ''} onChange={(event) => set('regionTagId', event.target.value || null)}>
          <option value="">{t('all')}</option>
          {tags.filter((tag) => tag.family === 'region').map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tagLabel(tag)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fieldOrganization')}
        <select name="organization" value={filter.organization ?? ''} onChange={(event) => set('organization', event.target.value || null)}>
          <option value="">{t('all')}</option>
          {choices.organizations.map((organization) => (
            <option key={organization}>{organization}</option>
          ))}
        </select>
      </label>
      <label>
        {t('country')}
        <select name="country" value={filter.country ?? ''} onChange={(event) => set('country', event.target.value || null)}>
          <option value="">{t('all')}</option>
          {choices.countries.map((country) => (
            <option key={country} value={country}>
              {countryLabel(country)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fieldContract')}
        <select name="contract" value={filter.contract ?? ''} onChange={(event) => set('contract', (event.target.value || null) as ContractType | null)}>
          <option value="">{t('all')}</option>
          <ContractOptions />
        </select>
      </label>
      <label>
        {t('fit')}
        <select name="fit" value={filter.fit ?? ''} onChange={(event) => set('fit', (event.target.value || null) as FitVerdict | null)}>
          <option value="">{t('fitFilterAll')}</option>
          {FIT_VERDICTS.map((verdict) => (
            <option key={verdict} value={verdict}>
              {t(`fitVerdict_${verdict}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('deadlineFrom')}
        <input type="date" name="deadline-from" value={filter.deadlineFrom ?? ''} onChange={(event) => set('deadlineFrom', event.target.value || null)} />
      </label>
      <label>
        {t('deadlineTo')}
        <input type="date" name="deadline-to" value={filter.deadlineTo ?? ''} onChange={(event) => set('deadlineTo', event.target.value || null)} />
      </label>
    </form>
  );
}
