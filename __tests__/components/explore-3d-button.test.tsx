import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Explore3dButton } from '@/components/explore-3d-button';
import type { ExploreModel } from '@/lib/content/types';

// The viewer itself (three.js, WebGL) is tested in the browser (e2e/site/viewer.spec.ts); here it is a
// stand-in that shows how it was opened and can be closed.
jest.mock('@/components/model-viewer', () => ({
  ModelViewer: ({ from, onClose, title }: { from: string; onClose: () => void; title: string }) => (
    <div role="dialog" aria-label={`${title} in 3D`}>
      opened by {from}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  ),
}));

const model: ExploreModel = {
  src: '/generated/models/leg-soleus-0123456789ab.glb',
  scene: '/generated/models/scene-leg-0123456789ab.glb',
  highlighted: ['soleus'],
  view: { target: [-0.1, 0.3, 0], angle: 180, height: 0.4, aspect: 0.8 },
};

beforeEach(() => {
  window.history.replaceState(null, '', '/muscle/leg/soleus/');
});

describe('Explore3dButton', () => {
  it('loads nothing of the viewer until it is clicked, then opens it', async () => {
    render(<Explore3dButton model={model} title="Soleus" />);
    const button = screen.getByRole('button', { name: 'Explore in 3D' });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(button);
    expect(await screen.findByRole('dialog', { name: 'Soleus in 3D' })).toHaveTextContent('opened by click');
  });

  it('gives the focus back to the button when the viewer closes', async () => {
    render(<Explore3dButton model={model} title="Soleus" />);
    await userEvent.click(screen.getByRole('button', { name: 'Explore in 3D' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Explore in 3D' })).toHaveFocus();
  });

  it('opens from the address: #3d and #3d=<view>', async () => {
    window.history.replaceState(null, '', '/muscle/leg/soleus/#3d=90,10,1.50');
    render(<Explore3dButton model={model} title="Soleus" />);
    expect(await screen.findByRole('dialog', { name: 'Soleus in 3D' })).toHaveTextContent('opened by address');
  });
});
