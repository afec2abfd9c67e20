import type { Tag } from '../lib/schema';

/** Tags with their evidence on hover and keyboard focus (title + aria-describedby text). */
export function TagList({ tags }: { tags: Tag[] }) {
  const language = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
  return (
    <ul className="tags">
      {tags.map((tag) => {
        const evidence = tag.evidence.map((item) => `“${item.phrase}” (${item.where})`).join(', ');
        return (
          <li key={tag.id} className={`tag tag-${tag.family}`} tabIndex={0} title={evidence} data-tag-id={tag.id}>
            {tag.label[language]}
            <span className="visually-hidden">: {evidence}</span>
          </li>
        );
      })}
    </ul>
  );
}
