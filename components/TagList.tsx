import type { Tag } from '../lib/schema';
import { t } from './i18n';
import { tagLabel } from './labels';

/** The evidence's own words; a seniority's required years are a count ("5", or "5 years" as versions before 4 stored it). */
function phraseOf(tag: Tag, item: Tag['evidence'][number]): string {
  const years = tag.family === 'seniority' && item.where === 'field' ? item.phrase.match(/^(\d+)( years)?$/) : null;
  return years ? t('years', Number(years[1])) : item.phrase;
}

/** Tags with their evidence on hover and keyboard focus (title, and text for screen readers). */
export function TagList({ tags, onRemove }: { tags: Tag[]; onRemove?(tagId: string): void }) {
  return (
    <ul className="tags">
      {tags.map((tag) => {
        const evidence = tag.source === 'user' ? t('tagByYou') : tag.evidence.map((item) => `“${phraseOf(tag, item)}” (${t(`evidenceWhere_${item.where}`)})`).join(', ');
        return (
          <li key={tag.id} className={`tag tag-${tag.family}`} tabIndex={0} title={evidence} data-tag-id={tag.id}>
            {tagLabel(tag)}
            <span className="visually-hidden">: {evidence}</span>
            {onRemove && (
              <button className="tag-remove" onClick={() => onRemove(tag.id)} aria-label={`${t('removeTag')}: ${tagLabel(tag)}`}>
                ✕
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
