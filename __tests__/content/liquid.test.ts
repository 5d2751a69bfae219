import { translateLiquid } from '@/lib/content/liquid';

describe('translateLiquid', () => {
  it('turns the three includes into blocks between the Markdown', () => {
    const body = 'Intro.\n\n{% include page-image im_id="LegSoleus" %}\n\n{% include gallery %}\n\n{% include list-pages tag=\'leg\' %}\n';
    const { pieces, problems } = translateLiquid(body, 10);
    expect(problems).toEqual([]);
    expect(pieces).toEqual([
      { type: 'markdown', text: 'Intro.\n\n', line: 10 },
      { type: 'page-image', imageId: 'LegSoleus', line: 12 },
      { type: 'gallery', line: 14 },
      { type: 'list-pages', tag: 'leg', line: 16 },
    ]);
  });

  it('accepts whitespace control and an .html suffix', () => {
    const { pieces, problems } = translateLiquid('{%- include gallery.html -%}', 1);
    expect(problems).toEqual([]);
    expect(pieces).toEqual([{ type: 'gallery', line: 1 }]);
  });

  it.each([
    ['{% if page.title %}x{% endif %}', /unsupported Liquid tag/],
    ['{{ page.title }}', /unsupported Liquid output/],
    ['{% include comments %}', /unknown include "comments"/],
    ['{% include page-image %}', /needs im_id/],
    ['{% include list-pages %}', /needs tag/],
    ['Text with a stray {% here', /stray Liquid delimiter/],
  ])('refuses %s with the line it is on', (tag, message) => {
    const { problems } = translateLiquid(`First line.\n\n${tag}\n`, 7);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.line).toBe(9);
  });
});
