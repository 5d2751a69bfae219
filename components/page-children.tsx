import type { Subtree } from '@/lib/content/navigation';
import styles from './page-children.module.css';

function Branch({ nodes }: { nodes: readonly Subtree[] }) {
  return (
    <ul>
      {nodes.map(({ page, children }) => (
        <li key={page.url}>
          <a href={page.url}>{page.name}</a>
          {children.length > 0 ? <Branch nodes={children} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** What lies below a page: its children, and for regions and groups the whole subtree. */
export function PageChildren({ heading, nodes }: { heading: string; nodes: readonly Subtree[] }) {
  return (
    <section aria-labelledby="page-children" className={styles.children}>
      <h2 id="page-children">{heading}</h2>
      <Branch nodes={nodes} />
    </section>
  );
}
