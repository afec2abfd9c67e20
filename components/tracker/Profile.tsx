import countries from 'i18n-iso-countries';
import type { ReactNode } from 'react';
import { db } from '../../lib/db';
import { CEFR_LEVELS, CONTRACT_TYPES, type Profile as ProfileRecord } from '../../lib/schema';
import type { TextField } from '../../lib/field-state';
import { updateSetting, writeSettingField } from '../../lib/settings';
import { REGIONS, THEMES } from '../../lib/taxonomy';
import { EditableText } from '../EditableText';
import { EducationOptions } from '../options';
import { useProfile } from '../Fit';
import { countryLabel, languageLabel, uiLanguage } from '../labels';
import { t } from '../i18n';

/** The languages this field's postings ask for, most asked first; a profile may hold any of them. */
const LANGUAGE_CODES = ['en', 'fr', 'es', 'ar', 'pt', 'ru', 'de', 'it', 'zh', 'sw', 'uk', 'tr', 'fa', 'ha', 'wo', 'am', 'so', 'ps', 'ur', 'hi', 'id', 'nl'];
const MAX_YEARS = 70;

/** Every country code, by name in the UI's language; sorted once, on first use. */
let countryCodesByName: string[] | null = null;
function countryCodes(): string[] {
  countryCodesByName ??= Object.keys(countries.getAlpha2Codes()).sort((a, b) => countryLabel(a).localeCompare(countryLabel(b)));
  return countryCodesByName;
}

const EXPERIENCE_TAGS = [...THEMES.map((theme) => ({ id: `theme:${theme.id}`, label: theme.label })), ...REGIONS.map((region) => ({ id: `region:${region.id}`, label: region.label }))];

/** Years as the user typed them: empty is "not said", anything else is kept within 0–70. */
function yearsOrNull(typed: string): number | null {
  const years = Number(typed);
  return typed.trim() === '' || Number.isNaN(years) ? null : Math.min(MAX_YEARS, Math.max(0, years));
}

/** A typed field of the profile, written only over the value the user saw. */
function ProfileText(props: { name: string; label: string; type?: string; size?: number; profile: ProfileRecord; field: TextField<ProfileRecord> }) {
  const { profile, field, ...input } = props;
  return <EditableText {...input} value={field.read(profile)} write={({ seen, typed }) => writeSettingField(db, 'profile', field, seen, typed)} />;
}

const yearsField: TextField<ProfileRecord> = {
  read: (profile) => (profile.experienceYears === null ? '' : String(profile.experienceYears)),
  apply: (profile, typed) => ({ ...profile, experienceYears: yearsOrNull(typed) }),
};

function yearsInField(index: number): TextField<ProfileRecord> {
  return {
    read: (profile) => String(profile.experienceByTag[index]?.years ?? ''),
    apply: (profile, typed) => ({ ...profile, experienceByTag: profile.experienceByTag.map((row, at) => (at === index ? { ...row, years: yearsOrNull(typed) ?? 0 } : row)) }),
  };
}

const dailyRateField: TextField<ProfileRecord> = {
  read: (profile) => (profile.dailyRate.floor === null ? '' : String(profile.dailyRate.floor)),
  apply: (profile, typed) => ({ ...profile, dailyRate: { ...profile.dailyRate, floor: typed.trim() === '' || Number.isNaN(Number(typed)) ? null : Math.max(0, Number(typed)) } }),
};

const currencyField: TextField<ProfileRecord> = {
  read: (profile) => profile.dailyRate.currency,
  apply: (profile, typed) => {
    const currency = typed.trim().toUpperCase();
    return /^[A-Z]{3}$/.test(currency) ? { ...profile, dailyRate: { ...profile.dailyRate, currency } } : profile;
  },
};

/** Changes part of the profile from its stored value, so that quick successive changes all count. */
function update(change: (profile: ProfileRecord) => Partial<ProfileRecord>): void {
  void updateSetting(db, 'profile', (profile) => ({ ...profile, ...change(profile) }));
}

/** A list of rows the user adds to and removes from, each row made of a few fields. */
function RowList<Row>(props: {
  legend: string;
  name: string;
  rows: Row[];
  empty: Row;
  onChange(change: (rows: Row[]) => Row[]): void;
  /** change() takes the row as stored when the change is written, not as it was rendered. */
  render(row: Row, change: (update: (row: Row) => Row) => void, index: number): ReactNode;
}) {
  return (
    <fieldset data-testid={`profile-${props.name}`}>
      <legend>{props.legend}</legend>
      <ul>
        {props.rows.map((row, index) => (
          <li key={index} className="row">
            {props.render(row, (update) => props.onChange((rows) => rows.map((old, at) => (at === index ? update(old) : old))), index)}
            <button type="button" aria-label={t('delete')} onClick={() => props.onChange((rows) => rows.filter((_, at) => at !== index))}>
              ✕
            </button>
          </li>
        ))}
      </ul>
      <button type="button" name={`add-${props.name}`} onClick={() => props.onChange((rows) => [...rows, props.empty])}>
        {t('add')}
      </button>
    </fieldset>
  );
}

function Checkboxes<Value extends string>(props: { legend: string; name: string; values: readonly Value[]; checked: readonly Value[]; label(value: Value): string; onChange(change: (checked: Value[]) => Value[]): void }) {
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
            onChange={(event) => {
              const on = event.target.checked;
              props.onChange((checked) => (on ? [...checked.filter((other) => other !== value), value] : checked.filter((other) => other !== value)));
            }}
          />{' '}
          {props.label(value)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The user's profile, which every posting's fit is checked against. Choices are written at once, typed
 * numbers when the user pauses; the fit of every posting on screen follows.
 */
export function Profile() {
  const profile = useProfile();
  if (!profile) return null;
  const language = uiLanguage();

  return (
    <section className="profile" aria-label={t('profile')} data-testid="profile">
      <h2>{t('profile')}</h2>
      <p className="muted">{t('profileExplained')}</p>
      <RowList
        legend={t('profileLanguages')}
        name="language"
        rows={profile.languages}
        empty={{ code: 'en', level: 'B2' as const }}
        onChange={(change) => update((current) => ({ languages: change(current.languages) }))}
        render={(row, change) => (
          <>
            <select name="language-code" aria-label={t('profileLanguage')} value={row.code} onChange={(event) => {
                const code = event.target.value;
                change((stored) => ({ ...stored, code }));
              }}>
              {LANGUAGE_CODES.map((code) => (
                <option key={code} value={code}>
                  {languageLabel(code)}
                </option>
              ))}
            </select>
            <select name="language-level" aria-label={t('profileLevel')} value={row.level} onChange={(event) => {
                const level = event.target.value as (typeof CEFR_LEVELS)[number];
                change((stored) => ({ ...stored, level }));
              }}>
              {CEFR_LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </select>
          </>
        )}
      />
      <div className="row">
        <ProfileText name="experience-years" type="number" label={t('profileYears')} profile={profile} field={yearsField} />
        <label>
          {t('profileDegree')}
          <select name="degree" value={profile.degree ?? ''} onChange={(event) => update(() => ({ degree: (event.target.value || null) as ProfileRecord['degree'] }))}>
            <option value="">{t('unknown')}</option>
            <EducationOptions />
          </select>
        </label>
        <label>
          {t('profileAvailableFrom')}
          <input type="date" name="available-from" value={profile.availableFrom ?? ''} onChange={(event) => update(() => ({ availableFrom: event.target.value || null }))} />
        </label>
        <label>
          {t('profileAvailableTo')}
          <input type="date" name="available-to" value={profile.availableTo ?? ''} onChange={(event) => update(() => ({ availableTo: event.target.value || null }))} />
        </label>
      </div>
      <RowList
        legend={t('profileYearsIn')}
        name="experience"
        rows={profile.experienceByTag}
        empty={{ tagId: EXPERIENCE_TAGS[0]!.id, years: 0 }}
        onChange={(change) => update((current) => ({ experienceByTag: change(current.experienceByTag) }))}
        render={(row, change, index) => (
          <>
            <select name="experience-tag" aria-label={t('profileYearsIn')} value={row.tagId} onChange={(event) => {
                const tagId = event.target.value;
                change((stored) => ({ ...stored, tagId }));
              }}>
              {EXPERIENCE_TAGS.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.label[language]}
                </option>
              ))}
            </select>
            <ProfileText name="experience-tag-years" type="number" label={t('profileYears')} profile={profile} field={yearsInField(index)} />
          </>
        )}
      />
      <RowList
        legend={t('profileNationalities')}
        name="nationality"
        rows={profile.nationalities}
        empty={({ fr: 'FR', es: 'ES', en: 'GB' } as const)[language]}
        onChange={(change) => update((current) => ({ nationalities: change(current.nationalities) }))}
        render={(row, change) => (
          <select name="nationality" aria-label={t('profileNationalities')} value={row} onChange={(event) => {
              const code = event.target.value;
              change(() => code);
            }}>
            {countryCodes().map((code) => (
              <option key={code} value={code}>
                {countryLabel(code)}
              </option>
            ))}
          </select>
        )}
      />
      <Checkboxes
        legend={t('profileContracts')}
        name="contracts"
        values={CONTRACT_TYPES}
        checked={profile.contracts}
        label={(type) => t(`contract_${type}`)}
        onChange={(change) => update((current) => ({ contracts: change(current.contracts) }))}
      />
      <Checkboxes
        legend={t('profileThemes')}
        name="themes"
        values={EXPERIENCE_TAGS.filter((tag) => tag.id.startsWith('theme:')).map((tag) => tag.id)}
        checked={profile.themes}
        label={(id) => EXPERIENCE_TAGS.find((tag) => tag.id === id)!.label[language]}
        onChange={(change) => update((current) => ({ themes: change(current.themes) }))}
      />
      <Checkboxes
        legend={t('profileRegions')}
        name="regions"
        values={EXPERIENCE_TAGS.filter((tag) => tag.id.startsWith('region:')).map((tag) => tag.id)}
        checked={profile.regions}
        label={(id) => EXPERIENCE_TAGS.find((tag) => tag.id === id)!.label[language]}
        onChange={(change) => update((current) => ({ regions: change(current.regions) }))}
      />
      <div className="row">
        <ProfileText name="daily-rate" type="number" label={t('profileDailyRate')} profile={profile} field={dailyRateField} />
        <ProfileText name="currency" size={4} label={t('profileCurrency')} profile={profile} field={currencyField} />
      </div>
    </section>
  );
}
