import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../lib/db';
import { checkFit, criterionKey, interestsOf, selfScores, type Fit, type FitCheck, type ProfileValue } from '../lib/fit';
import type { ContractType, Profile, Requirement, SelectionGrid } from '../lib/schema';
import { getSetting } from '../lib/settings';
import { countryLabel, languageLabel, taxonomyLabel } from './labels';
import { t } from './i18n';

/** The profile, live: every fit on screen follows a change made in the settings. */
export function useProfile(): Profile | undefined {
  return useLiveQuery(() => getSetting(db, 'profile'), []);
}

const OUTCOME_MARK = { met: '✓', unmet: '✕', unknown: '?' } as const;
const VERDICT_MARK = { fits: '✓', gaps: '!', blocked: '✕', unknown: '?' } as const;

/** One word and a count, for a table cell or a badge. */
export function FitBadge({ fit }: { fit: Fit }) {
  const checked = fit.met + fit.unmet;
  return (
    <span className={`fit fit-${fit.verdict}`} data-fit={fit.verdict} title={t(`fitVerdict_${fit.verdict}`)}>
      {VERDICT_MARK[fit.verdict]} {t(`fitVerdict_${fit.verdict}`)}
      {checked > 0 && ` · ${fit.met}/${checked}`}
    </span>
  );
}

function yoursText(value: ProfileValue): string {
  switch (value.kind) {
    case 'language':
      return value.level ? `${languageLabel(value.code)} ${value.level}` : t('fitNotInProfile');
    case 'years':
      return value.tagId ? `${t('years', value.years)} (${taxonomyLabel(value.tagId)})` : t('years', value.years);
    case 'degree':
      return t(`education_${value.level}`);
    case 'nationalities':
      return value.countries.map(countryLabel).join(', ');
    case 'availability':
      return `${value.from ?? '…'} → ${value.to ?? '…'}`;
  }
}

/** What the requirement asks, in a few words, beside the posting's own. */
function askedText(requirement: Requirement): string {
  switch (requirement.kind) {
    case 'language':
      return `${languageLabel(requirement.code)}${requirement.level ? ` ${requirement.level}` : ''}`;
    case 'experience':
      return t('years', requirement.years);
    case 'education':
      return t(`education_${requirement.level}`);
    case 'nationality':
      return requirement.rule === 'eu' ? t('fitEuNationality') : requirement.countries.map(countryLabel).join(', ');
    case 'availability':
      return `${requirement.from ?? '…'} → ${requirement.to ?? '…'}`;
  }
}

function CheckLine({ check }: { check: FitCheck }) {
  const { requirement, outcome, blocker, yours } = check;
  return (
    <li className={`fit-check fit-${outcome}${blocker ? ' fit-blocker' : ''}`} data-kind={requirement.kind} data-outcome={outcome}>
      <span className="fit-mark" aria-label={t(`fitOutcome_${outcome}`)}>
        {OUTCOME_MARK[outcome]}
      </span>{' '}
      <strong>{askedText(requirement)}</strong>
      {!requirement.required && <em> ({t('fitAsset')})</em>}
      {blocker && <strong className="fit-blocker-label"> {t('fitBlocker')}</strong>}
      {requirement.quote ? (
        <>
          {' '}
          — <q>{requirement.quote}</q>
        </>
      ) : (
        ` — ${t('fitCorrected')}`
      )}
      <span className="fit-yours">
        {' '}
        — {t('fitYou')}: {yours ? yoursText(yours) : t('fitNotInProfile')}
      </span>
    </li>
  );
}

interface Props {
  requirements: readonly Requirement[];
  tagIds: readonly string[];
  contract: ContractType | null;
  grids: readonly SelectionGrid[];
  profile: Profile;
  /** Folded to its verdict unless something blocks: the popup is the quick view. */
  folded?: boolean;
  /** With these, the grids' criteria can be ticked and a self-score is shown (saved postings only). */
  gridChecks?: readonly string[];
  onToggleCriterion?(key: string): void;
}

/** Each requirement with its outcome against the profile; then the selection grids, if any. */
export function FitDetails({ requirements, tagIds, contract, grids, profile, folded = false, gridChecks, onToggleCriterion }: Props) {
  const fit = checkFit(requirements, profile);
  const interests = interestsOf(tagIds, contract, profile);
  const liked = [...interests.themes, ...interests.regions].map(taxonomyLabel);
  const scores = gridChecks ? selfScores(grids, gridChecks) : null;
  const [open, setOpen] = useState(!folded || fit.verdict === 'blocked');
  return (
    <details className="fit-details" aria-label={t('fit')} data-testid="fit" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <h3>
          {t('fit')}: <FitBadge fit={fit} />
        </h3>
      </summary>
      {requirements.length === 0 ? (
        <p className="muted">{t('fitNoRequirements')}</p>
      ) : (
        <ul className="fit-checks">
          {fit.checks.map((check, index) => (
            <CheckLine key={index} check={check} />
          ))}
        </ul>
      )}
      {(liked.length > 0 || interests.contract !== null) && (
        <p className="fit-interests" data-testid="fit-interests">
          {liked.length > 0 && `${t('fitYourInterests')}: ${liked.join(', ')}. `}
          {interests.contract !== null && contract && `${t(`contract_${contract}`)}: ${interests.contract ? t('fitContractWanted') : t('fitContractNotWanted')}`}
        </p>
      )}
      {grids.map((grid, gridIndex) => (
        <details key={gridIndex} className="grid" data-testid="selection-grid">
          <summary>
            {grid.title}
            {scores && <span className="grid-score" data-testid="self-score"> — {t('fitSelfScore', scores[gridIndex]!.scored, scores[gridIndex]!.total)}</span>}
          </summary>
          <ul>
            {grid.criteria.map((criterion, index) => {
              const key = criterionKey(grid, criterion);
              return (
                <li key={index}>
                  <label>
                    {gridChecks && <input type="checkbox" checked={gridChecks.includes(key)} onChange={() => onToggleCriterion?.(key)} />} {criterion.label}{' '}
                    <span className="points">{t('points', criterion.points)}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </details>
  );
}
