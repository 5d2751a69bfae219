import { isProblem, parseSource } from '@/lib/content/front-matter';

describe('parseSource', () => {
  it('reads YAML front matter and says where the body starts', () => {
    const parsed = parseSource('---\ntitle: Soleus\norder: 2\n---\nBody text.\n');
    if (isProblem(parsed)) throw new Error(parsed.message);
    expect(parsed.data).toEqual({ title: 'Soleus', order: 2 });
    expect(parsed.body.trim()).toBe('Body text.');
    expect(parsed.bodyLine).toBe(5);
    expect(parsed.lineOf(['order'])).toBe(3);
  });

  it.each(['js', 'javascript', 'JavaScript', 'json', 'coffee', 'toml'])('refuses ---%s front matter without running it', (language) => {
    const marker = `ran_${language}`;
    const parsed = parseSource(`---${language}\n{ title: (globalThis.${marker} = true, 'x') }\n---\nBody\n`);
    expect(isProblem(parsed) && parsed.message).toMatch(/refused/);
    expect(isProblem(parsed) && parsed.line).toBe(1);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('names the line of a key whose value is a block, and of an item in a list', () => {
    const parsed = parseSource('---\ntitle: Soleus\ngallery:\n  - image_url: a.png\n  - caption: no url\norgin:\n  - Tibia\n---\n');
    if (isProblem(parsed)) throw new Error(parsed.message);
    expect(parsed.lineOf(['orgin'])).toBe(6);
    expect(parsed.lineOf(['gallery', 1])).toBe(5);
    expect(parsed.lineOf(['gallery', 1, 'image_url'])).toBe(5);
    expect(parsed.lineOf(['nothing'])).toBeUndefined();
  });

  it('names the line of unreadable YAML', () => {
    const parsed = parseSource('---\ntitle: Soleus\nsynonyms: [a, b\norder: 1\n---\n');
    expect(isProblem(parsed)).toBe(true);
    expect(isProblem(parsed) && parsed.message).toMatch(/unreadable YAML/);
    expect(isProblem(parsed) && parsed.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a duplicated key', () => {
    const parsed = parseSource('---\ntitle: One\ntitle: Two\n---\n');
    expect(isProblem(parsed) && parsed.line).toBe(3);
  });

  it('reports front matter that is never closed', () => {
    const parsed = parseSource('---\ntitle: Soleus\n\nBody without a closing line\n');
    expect(isProblem(parsed) && parsed.message).toMatch(/never closed/);
  });

  it('accepts a byte order mark and CRLF line endings', () => {
    const parsed = parseSource('\uFEFF---\r\ntitle: Sóleo\r\n---\r\nLínea uno.\r\n');
    if (isProblem(parsed)) throw new Error(parsed.message);
    expect(parsed.data).toEqual({ title: 'Sóleo' });
    expect(parsed.body.trim()).toBe('Línea uno.');
  });

  it('refuses front matter that is a list rather than keys', () => {
    const parsed = parseSource('---\n- one\n- two\n---\n');
    expect(isProblem(parsed) && parsed.message).toMatch(/keys and values/);
  });
});
