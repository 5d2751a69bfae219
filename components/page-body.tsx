import type { Atlas, BodyBlock } from '@/lib/content/types';
import { Markdown } from './markdown';
import styles from './page-body.module.css';

/** A page's description: its Markdown, extra images and `list-pages` lists, in the order written. */
export function PageBody({ atlas, blocks, imageBase }: { atlas: Atlas; blocks: readonly BodyBlock[]; imageBase: string }) {
  return (
    <div className={styles.body}>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'markdown':
            return <Markdown key={index} markdown={block.markdown} imageBase={imageBase} />;
          case 'image':
            return (
              <figure key={index} className={styles.figure}>
                <img src={block.image.src} alt={block.image.alt} loading="lazy" />
                {block.image.caption ? <figcaption>{block.image.caption}</figcaption> : null}
              </figure>
            );
          case 'list-pages':
            return (
              <ul key={index}>
                {block.urls.map((url) => (
                  <li key={url}>
                    <a href={url}>{atlas.pages.get(url)?.title ?? url}</a>
                  </li>
                ))}
              </ul>
            );
        }
      })}
    </div>
  );
}
