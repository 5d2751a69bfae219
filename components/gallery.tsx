import type { Picture } from '@/lib/content/types';
import { imageHash } from '@/lib/gallery-hash';
import { GalleryViewer, type GallerySlide } from './gallery-viewer';
import styles from './gallery.module.css';

/** Whether a caption says what the alt text says: the link is then named once, by the caption. */
const repeats = (caption: string | undefined, alt: string) => caption !== undefined && caption.trim().toLowerCase() === alt.trim().toLowerCase();

/**
 * The page's pictures: a grid of lazy thumbnails that are plain links to the full pictures, so it
 * works without JavaScript. With JavaScript, a click opens the lightbox at that picture.
 */
export function Gallery({ pictures, title }: { pictures: readonly Picture[]; title: string }) {
  const slides: GallerySlide[] = pictures.map((picture) => ({
    src: picture.src,
    alt: picture.alt,
    caption: picture.caption,
    thumb: picture.thumb,
    width: picture.width,
    height: picture.height,
  }));
  return (
    <section aria-labelledby="gallery-heading" className={styles.gallery}>
      <h2 id="gallery-heading">Pictures</h2>
      <GalleryViewer slides={slides} title={title}>
        <ul className={styles.grid}>
          {pictures.map((picture, index) => (
            <li key={`${picture.src}-${index}`} id={imageHash(index).slice(1)}>
              <a href={picture.src} data-gallery-index={index} className={styles.link}>
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
