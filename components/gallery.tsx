import type { Picture } from '@/lib/content/types';
import { imageHash } from '@/lib/gallery-hash';
import { GalleryViewer } from './gallery-viewer';
import styles from './gallery.module.css';

/** Whether a caption says what the alt text says: the link is then named once, by the caption. */
const repeats = (caption: string | undefined, alt: string) => caption !== undefined && caption.trim().toLowerCase() === alt.trim().toLowerCase();

/**
 * The page's pictures: a grid of lazy thumbnails that are plain links to the full pictures, so it
 * works without JavaScript. With JavaScript, a click opens the lightbox at that picture.
 * Captions double as the alt text where they repeat it (`repeats`), so the viewer takes a slide's
 * alt text from its thumbnail, or else from its caption.
 */
export function Gallery({ pictures, title }: { pictures: readonly Picture[]; title: string }) {
  return (
    <section aria-labelledby="gallery-heading" className={styles.gallery}>
      <h2 id="gallery-heading">Pictures</h2>
      {/* The viewer reads its slides from these links (GalleryViewer): the page's payload carries them once. */}
      <GalleryViewer count={pictures.length} title={title}>
        <ul className={styles.grid}>
          {pictures.map((picture, index) => (
            <li key={`${picture.src}-${index}`} id={imageHash(index).slice(1)}>
              <a href={picture.src} data-gallery-index={index} data-width={picture.width} data-height={picture.height} className={styles.link}>
                <img
                  src={picture.thumb ?? picture.src}
                  alt={repeats(picture.caption, picture.alt) ? '' : picture.alt}
                  loading="lazy"
                  decoding="async"
                  width={picture.thumb ? undefined : picture.width}
                  height={picture.thumb ? undefined : picture.height}
                />
                {picture.caption ? <span className={styles.caption}>{picture.caption}</span> : null}
              </a>
            </li>
          ))}
        </ul>
      </GalleryViewer>
    </section>
  );
}
