import type { Tag } from '../lib/schema';
import { t } from './i18n';
import { uiLanguage } from './labels';

/** Tags with their evidence on hover and keyboard focus (title, and text for screen readers). */
export function TagList({ tags, onRemove }: { tags: Tag[]; onRemove?(tagId: string): void }) {
  const language = uiLanguage();
  return (
    <ul className="tags">
      {tags.map((tag) => {
        const evidence = tag.source === 'user' ? t('tagByYou') : tag.evidence.map((item) => `“${item.phrase}” (${item.where})`).join(', ');
        return (
          <li key={tag.id} className={`tag tag-${tag.family}`} tabIndex={0} title={evidence} data-tag-id={tag.id}>
            {tag.label[language]}
            <span className="visually-hidden">: {evidence}</span>
            {onRemove && (
              <button className="tag-remove" onClick={() => onRemove(tag.id)} aria-label={`${t('removeTag')}: ${tag.label[language]}`}>
                ✕
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
