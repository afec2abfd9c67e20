import countries from 'i18n-iso-countries';
import type { ReactNode } from 'react';
import { db } from '../../lib/db';
import { CEFR_LEVELS, CONTRACT_TYPES, EDUCATION_LEVELS, type Profile as ProfileRecord } from '../../lib/schema';
import { setSetting } from '../../lib/settings';
import { REGIONS, THEMES } from '../../lib/taxonomy';
import { useProfile } from '../Fit';
import { countryLabel, languageLabel, uiLanguage } from '../labels';
import { t } from '../i18n';

/** The languages this field's postings ask for, most asked first; a profile may hold any of them. */
const LANGUAGE_CODES = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'de', 'it', 'zh', 'sw', 'uk', 'tr', 'fa', 'ha', 'wo', 'am', 'so', 'ps', 'ur', 'hi', 'id', 'nl'];
const CEFR = [...CEFR_LEVELS];

const numberOrNull = (value: string) => (value.trim() === '' || Number.isNaN(Number(value)) ? null : Math.max(0, Number(value)));

/** A list of rows the user adds to and removes from, each row made of a few selects. */
function RowList<Row>(props: { legend: string; name: string; rows: Row[]; empty: Row; onChange(rows: Row[]): void; render(row: Row, change: (row: Row) => void): ReactNode }) {
  const { rows, onChange } = props;
  return (
    <fieldset data-testid={`profile-${props.name}`}>
      <legend>{props.legend}</legend>
      <ul>
        {rows.map((row, index) => (
          <li key={index} className="row">
            {props.render(row, (next) => onChange(rows.map((old, at) => (at === index ? next : old))))}
            <button type="button" aria-label={t('delete')} onClick={() => onChange(rows.filter((_, at) => at !== index))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button type="button" name={`add-${props.name}`} onClick={() => onChange([...rows, props.empty])}>
        {t('add')}
      </button>
    </fieldset>
  );
}

function Checkboxes<Value extends string>(props: { legend: string; name: string; values: readonly Value[]; checked: readonly Value[]; label(value: Value): string; onChange(checked: Value[]): void }) {
  return (
    <fieldset className="checkboxes">
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label key={value}>
          <input
            type="checkbox"
            name={props.name}
            value={value}
            checked={props.checked.includes(value)}
            onChange={(event) => props.onChange(event.target.checked ? [...props.checked, value] : props.checked.filter((other) => other !== value))}
          />{' '}
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The user's profile, which every posting's fit is checked against. Each change is written at once;
 * the fit of every posting on screen follows it.
 */
export function Profile() {
  const profile = useProfile();
  if (!profile) return null;
  const language = uiLanguage();
  const save = (change: Partial<ProfileRecord>) => void setSetting(db, 'profile', { ...profile, ...change });
  const countryCodes = Object.keys(countries.getAlpha2Codes()).sort((a, b) => countryLabel(a).localeCompare(countryLabel(b)));
  const experienceTags = [...THEMES.map((theme) => ({ id: `theme:${theme.id}`, label: theme.label })), ...REGIONS.map((region) => ({ id: `region:${region.id}`, label: region.label }))];

  return (
    <section className="profile" aria-label={t('profile')} data-testid="profile">
      <h2>{t('profile')}</h2>
      <p className="muted">{t('profileExplained')}</p>
      <RowList
        legend={t('profileLanguages')}
        name="language"
        rows={profile.languages}
        empty={{ code: 'en', level: 'B2' as const }}
        onChange={(languages) => save({ languages })}
        render={(row, change) => (
          <>
            <select name="language-code" aria-label={t('profileLanguage')} value={row.code} onChange={(event) => change({ ...row, code: event.target.value })}>
              {LANGUAGE_CODES.map((code) => (
                <option key={code} value={code}>
                  {languageLabel(code)}
                </option>
              ))}
            </select>
            <select name="language-level" aria-label={t('profileLevel')} value={row.level} onChange={(event) => change({ ...row, level: event.target.value as (typeof CEFR)[number] })}>
              {CEFR.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </>
        )}
      />
      <div className="row">
        <label>
          {t('profileYears')}
          <input type="number" min={0} max={70} name="experience-years" value={profile.experienceYears ?? ''} onChange={(event) => save({ experienceYears: numberOrNull(event.target.value) })} />
        </label>
        <label>
          {t('profileDegree')}
          <select name="degree" value={profile.degree ?? ''} onChange={(event) => save({ degree: (event.target.value || null) as ProfileRecord['degree'] })}>
            <option value="">{t('unknown')}</option>
            {EDUCATION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`education_${level}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('profileAvailableFrom')}
          <input type="date" name="available-from" value={profile.availableFrom ?? ''} onChange={(event) => save({ availableFrom: event.target.value || null })} />
        </label>
        <label>
          {t('profileAvailableTo')}
          <input type="date" name="available-to" value={profile.availableTo ?? ''} onChange={(event) => save({ availableTo: event.target.value || null })} />
        </label>
      </div>
      <RowList
        legend={t('profileYearsIn')}
        name="experience"
        rows={profile.experienceByTag}
        empty={{ tagId: experienceTags[0]!.id, years: 0 }}
        onChange={(experienceByTag) => save({ experienceByTag })}
        render={(row, change) => (
          <>
            <select name="experience-tag" aria-label={t('profileYearsIn')} value={row.tagId} onChange={(event) => change({ ...row, tagId: event.target.value })}>
              {experienceTags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.label[language]}
                </option>
              ))}
            </select>
            <input type="number" min={0} max={70} name="experience-tag-years" aria-label={t('profileYears')} value={row.years} onChange={(event) => change({ ...row, years: numberOrNull(event.target.value) ?? 0 })} />
          </>
        )}
      />
      <RowList
        legend={t('profileNationalities')}
        name="nationality"
        rows={profile.nationalities}
        empty={countryCodes[0]!}
        onChange={(nationalities) => save({ nationalities })}
        render={(row, change) => (
          <select name="nationality" aria-label={t('profileNationalities')} value={row} onChange={(event) => change(event.target.value)}>
            {countryCodes.map((code) => (
              <option key={code} value={code}>
                {countryLabel(code)}
              </option>
            ))}
          </select>
        )}
      />
      <Checkboxes legend={t('profileContracts')} name="contracts" values={CONTRACT_TYPES} checked={profile.contracts} label={(type) => t(`contract_${type}`)} onChange={(contracts) => save({ contracts })} />
      <Checkboxes legend={t('profileThemes')} name="themes" values={THEMES.map((theme) => `theme:${theme.id}`)} checked={profile.themes} label={(id) => THEMES.find((theme) => `theme:${theme.id}` === id)!.label[language]} onChange={(themes) => save({ themes })} />
      <Checkboxes legend={t('profileRegions')} name="regions" values={REGIONS.map((region) => `region:${region.id}`)} checked={profile.regions} label={(id) => REGIONS.find((region) => `region:${region.id}` === id)!.label[language]} onChange={(regions) => save({ regions })} />
      <div className="row">
        <label>
          {t('profileDailyRate')}
          <input
            type="number"
            min={0}
            name="daily-rate"
            value={profile.dailyRateFloor?.amount ?? ''}
            onChange={(event) => {
              const amount = numberOrNull(event.target.value);
              save({ dailyRateFloor: amount === null ? null : { amount, currency: profile.dailyRateFloor?.currency ?? 'EUR' } });
            }}
          />
        </label>
        <label>
          {t('profileCurrency')}
          <input
            name="currency"
            size={4}
            maxLength={3}
            defaultValue={profile.dailyRateFloor?.currency ?? 'EUR'}
            onBlur={(event) => {
              const currency = event.target.value.trim().toUpperCase();
              if (profile.dailyRateFloor && /^[A-Z]{3}$/.test(currency)) save({ dailyRateFloor: { ...profile.dailyRateFloor, currency } });
            }}
          />
        </label>
      </div>
    </section>
  );
}
