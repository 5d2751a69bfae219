import { act, render, screen } from '@testing-library/react';
import { AnimatedHero } from '@/components/animated-hero';

const STILL = '/generated/figures/soleus-still.webp';
const ANIMATED = '/generated/figures/soleus-turntable.webp';
const ALT = 'Soleus highlighted on a model of the right lower limb, turning';

/** The reader's reduced-motion setting, which the tests turn on and off as a reader would. */
let reducedMotion = false;
const motionListeners = new Set<() => void>();
function setReducedMotion(on: boolean) {
  reducedMotion = on;
  act(() => motionListeners.forEach((listener) => listener()));
}

/** Idle callbacks wait here until a test lets the browser be idle. */
let idleQueue: IdleRequestCallback[] = [];
function beIdle() {
  const queue = idleQueue;
  idleQueue = [];
  act(() => queue.forEach((callback) => callback({ didTimeout: false, timeRemaining: () => 50 })));
}

/** Pictures decoded aside, by address; each decodes when its test says so. */
let decoding: { src: string; done: () => void }[] = [];
async function finishDecoding() {
  await act(async () => decoding.forEach((image) => image.done()));
}

beforeEach(() => {
  reducedMotion = false;
  motionListeners.clear();
  idleQueue = [];
  decoding = [];
  window.matchMedia = jest.fn((query: string) => ({
    get matches() {
      return query === '(prefers-reduced-motion: reduce)' && reducedMotion;
    },
    media: query,
    onchange: null,
    addEventListener: (_type: string, listener: () => void) => motionListeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => motionListeners.delete(listener),
    addListener: jest.fn(),
    removeListener: jest.fn(),
    dispatchEvent: jest.fn(),
  })) as unknown as typeof window.matchMedia;
  window.requestIdleCallback = jest.fn((callback: IdleRequestCallback) => idleQueue.push(callback));
  window.cancelIdleCallback = jest.fn();
  HTMLImageElement.prototype.decode = function decode(this: HTMLImageElement) {
    return new Promise<void>((resolve) => decoding.push({ src: this.getAttribute('src') ?? '', done: resolve }));
  };
});

const hero = () => screen.getByRole('img', { name: ALT });

describe('AnimatedHero', () => {
  it('shows the still first, at high priority and in its size', () => {
    render(<AnimatedHero still={STILL} animated={ANIMATED} alt={ALT} width={560} height={700} />);
    expect(hero()).toHaveAttribute('src', STILL);
    expect(hero()).toHaveAttribute('fetchpriority', 'high');
    expect(hero()).toHaveAttribute('width', '560');
    expect(hero()).toHaveAttribute('height', '700');
    expect(decoding).toEqual([]);
  });

  it('lays the animation over the still once the browser is idle and the animation has decoded', async () => {
    render(<AnimatedHero still={STILL} animated={ANIMATED} alt={ALT} />);
    beIdle();
    expect(decoding.map((image) => image.src)).toEqual([ANIMATED]);
    // Until the animation is ready the still stays: the box never blanks.
    expect(hero()).toHaveAttribute('src', STILL);
    await finishDecoding();
    expect(hero()).toHaveAttribute('src', ANIMATED);
    // The still stays painted beneath, unnamed, so the animation is not a new largest paint and
    // the page still has one picture by that name.
    expect(screen.getByRole('presentation')).toHaveAttribute('src', STILL);
    expect(screen.getAllByRole('img', { name: ALT })).toHaveLength(1);
  });

  it('keeps the still, and never fetches the animation, for a reader who asks for reduced motion', async () => {
    reducedMotion = true;
    render(<AnimatedHero still={STILL} animated={ANIMATED} alt={ALT} />);
    beIdle();
    await finishDecoding();
    expect(decoding).toEqual([]);
    expect(hero()).toHaveAttribute('src', STILL);
  });

  it('goes back to the still when the reader asks for reduced motion, and plays again when they stop', async () => {
    render(<AnimatedHero still={STILL} animated={ANIMATED} alt={ALT} />);
    beIdle();
    await finishDecoding();
    expect(hero()).toHaveAttribute('src', ANIMATED);

    setReducedMotion(true);
    expect(hero()).toHaveAttribute('src', STILL);
    expect(screen.queryByRole('presentation')).not.toBeInTheDocument();

    setReducedMotion(false);
    beIdle();
    await finishDecoding();
    expect(hero()).toHaveAttribute('src', ANIMATED);
  });

  it('does not swap if the reader asks for reduced motion while the animation decodes', async () => {
    render(<AnimatedHero still={STILL} animated={ANIMATED} alt={ALT} />);
    beIdle();
    setReducedMotion(true);
    await finishDecoding();
    expect(hero()).toHaveAttribute('src', STILL);
  });

  it('waits for a moment instead where the browser has no idle callback', async () => {
    jest.useFakeTimers();
    try {
      Reflect.deleteProperty(window, 'requestIdleCallback');
      render(<AnimatedHero still={STILL} animated={ANIMATED} alt={ALT} />);
      expect(decoding).toEqual([]);
      act(() => jest.runOnlyPendingTimers());
      await finishDecoding();
      expect(hero()).toHaveAttribute('src', ANIMATED);
    } finally {
      jest.useRealTimers();
    }
  });
});
