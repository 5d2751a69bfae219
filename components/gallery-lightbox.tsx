'use client';

import Lightbox from 'yet-another-react-lightbox';
import Captions from 'yet-another-react-lightbox/plugins/captions';
import Fullscreen from 'yet-another-react-lightbox/plugins/fullscreen';
import Thumbnails from 'yet-another-react-lightbox/plugins/thumbnails';
import Zoom from 'yet-another-react-lightbox/plugins/zoom';
import 'yet-another-react-lightbox/styles.css';
import 'yet-another-react-lightbox/plugins/captions.css';
import 'yet-another-react-lightbox/plugins/thumbnails.css';
import type { GallerySlide } from './gallery-viewer';
import { ShareButton } from './share-button';

const PLUGINS = [Captions, Fullscreen, Thumbnails, Zoom];

type Props = {
  slides: readonly GallerySlide[];
  title: string;
  index: number;
  open: boolean;
  onClose: () => void;
  onView: (index: number) => void;
};

/** The full-screen picture viewer: captions, zoom, fullscreen, a thumbnail strip, keys and swipe. */
export function GalleryLightbox({ slides, title, index, open, onClose, onView }: Props) {
  return (
    <Lightbox
      open={open}
      index={index}
      close={onClose}
      plugins={PLUGINS}
      slides={slides.map((slide, at) => ({
        src: slide.src,
        alt: slide.alt,
        width: slide.width,
        height: slide.height,
        thumbnail: slide.thumb,
        title: slide.caption,
        description: `${title}: picture ${at + 1} of ${slides.length}`,
      }))}
      on={{ view: ({ index: at }) => onView(at) }}
      controller={{ closeOnBackdropClick: true }}
      // Sharing from here shares the address with this picture's #image-N.
      toolbar={{ buttons: [<ShareButton key="share" variant="lightbox" />, 'close'] }}
      labels={{ Close: 'Close pictures', Lightbox: `Pictures of ${title}`, 'Photo gallery': 'Pictures' }}
    />
  );
}
