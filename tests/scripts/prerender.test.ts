// @vitest-environment node
import type { DehydratedState } from '@tanstack/react-query';
import { fillTemplate, inlineStyleAttribute, scriptSafeJson, type PageHead } from '../../scripts/prerender';

const emptyCache: DehydratedState = { mutations: [], queries: [] };

const template = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <title>CCHC Khánh Hòa</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const head: PageHead = {
  pathname: '/agencies',
  guardScript: '/assets/prerendered-check-12345678.js',
  links: ['<link rel="stylesheet" crossorigin href="/assets/agencies.css">'],
  queriesElementId: 'cchc-prerendered-queries',
};

function queriesOf(html: string): unknown {
  const json = /<script type="application\/json" id="cchc-prerendered-queries">(.*?)<\/script>/s.exec(html)?.[1];
  return json === undefined ? undefined : JSON.parse(json);
}

describe('fillTemplate', () => {
  it('puts the markup in #root, the path and guard first in the head, the links last, and the cache after #root', () => {
    const html = fillTemplate(template, head, { html: '<main><h1>Cơ quan</h1></main>', title: null, queries: emptyCache });
    expect(html).toContain('<div id="root"><main><h1>Cơ quan</h1></main></div>');
    const order = ['<meta charset="UTF-8" />', 'name="cchc-prerendered" content="/agencies"', head.guardScript, '<title>', 'agencies.css', '</head>', 'id="root"', 'cchc-prerendered-queries'];
    const positions = order.map((part) => html.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('keeps a $ in report text as it is, where a replacement pattern would copy the page into the cache', () => {
    const text = "Kinh phí $' và $& và $$";
    const html = fillTemplate(template, head, { html: `<p>${text}</p>`, title: null, queries: { mutations: [], queries: [{ note: text }] } as unknown as DehydratedState });
    expect(html).toContain(`<p>${text}</p>`);
    expect(queriesOf(html)).toEqual({ mutations: [], queries: [{ note: text }] });
  });

  it('names the page in <title>, escaped', () => {
    const html = fillTemplate(template, head, { html: '', title: 'Cơ quan <đơn vị> & địa phương · CCHC Khánh Hòa', queries: emptyCache });
    expect(html).toContain('<title>Cơ quan &lt;đơn vị&gt; &amp; địa phương · CCHC Khánh Hòa</title>');
    expect(html).not.toContain('<title>CCHC Khánh Hòa</title>');
  });

  it('refuses markup with a style attribute, which the CSP would block', () => {
    expect(() => fillTemplate(template, head, { html: '<div style="width:2px"></div>', title: null, queries: emptyCache })).toThrow(/inline style/);
    expect(inlineStyleAttribute.test('<span class="a" data-style="x">')).toBe(false);
  });

  it('fails loudly when index.html no longer has the places it fills', () => {
    expect(() => fillTemplate(template.replace('<div id="root"></div>', '<div id="app"></div>'), head, { html: '', title: null, queries: emptyCache })).toThrow(
      /no <div id="root"><\/div>/,
    );
    expect(() => fillTemplate(template.replace('<meta charset="UTF-8" />', '<meta charset="utf-8">'), head, { html: '', title: null, queries: emptyCache })).toThrow(
      /no <meta charset/,
    );
  });
});

describe('scriptSafeJson', () => {
  it('writes no < into the data block, so report text cannot close it', () => {
    const value = { result: '</script><script>alert(1)</script><!--' };
    const json = scriptSafeJson(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});
