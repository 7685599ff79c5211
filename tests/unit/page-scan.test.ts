// The output scan of one page, as the build runs it on each page it renders: the page's tags are
// judged as they are read, and only a page where something is refused, or whose tree its tags do
// not tell, is parsed in full. It must say exactly what the full parse says, on any page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsEveryTag } from '../../src/build/page-tags.ts';
import { scanPage, scanPageTree, type OutputRules } from '../../src/build/output-scan.ts';

const rules: OutputRules = {
  siteOrigin: 'https://privacy.example.org',
  base: '/',
  allowedOrigins: new Set(['https://www.autoriteitpersoonsgegevens.nl']),
  allowedUrls: new Set(['https://example.com/written-in-the-text']),
  scriptPages: new Set(['/nl/zoeken/']),
  logo: '/brand/logo.svg',
};
const FILE = 'nl/bezoeker/index.html';
// The same site published in a folder of its host, where the rest of the host is someone else's.
const inFolder: OutputRules = { ...rules, base: '/privacy/', logo: '/privacy/brand/logo.svg' };

describe('the scan of a page as it is built', () => {
  // Each hides a refused element behind markup whose tree its tags do not tell at a glance.
  it.each([
    // In a style sheet "<!--" is text; read as markup it would hide the script after it.
    [
      '<style>/*<!--*/</style><script>alert(1)</script><!-- -->',
      'a script; only the search page may run one',
    ],
    [
      '<title><!--</title><script>alert(1)</script>-->',
      'a script; only the search page may run one',
    ],
    [
      '<textarea><!--</textarea><a href="javascript:alert(1)">x</a>-->',
      'the scheme javascript: may run code',
    ],
    // A select ignores a style tag, so what follows is markup, not style sheet.
    ['<select><style><script>alert(1)</script></select>', 'a script; only the search page'],
    // <image> is parsed as <img>.
    ['<image src="/brand/other.svg">', 'a <img> element'],
    ['<svg><a href="javascript:alert(1)">x</a></svg>', 'the scheme javascript: may run code'],
    ['<math><mi><iframe src="/nl/"></iframe></mi></math>', 'a <iframe> element'],
    // Without scripting, a noscript holds markup.
    ['<noscript><img src="https://evil.example/x.gif"></noscript>', 'a <img> element'],
    ['<script type="application/ld+json">{"a":"</script>"}</script>', 'not valid JSON'],
    ['<p onclick="alert(1)">x</p>', 'an event handler attribute (onClick)'],
  ])('refuses %j as the full parse does', (body, problem) => {
    const html = `<!doctype html><html lang="nl"><head></head><body>${body}</body></html>`;
    const found = scanPage(html, FILE, rules);
    expect(found.join('\n')).toContain(problem);
    expect(found).toEqual(scanPageTree(html, FILE, rules));
  });

  // In a folder of the host, an address of the host outside the folder is another site's.
  it.each([
    ['<a href="/nl/">x</a>', "it leads out of the site's folder /privacy/, to /nl/"],
    ['<link rel="stylesheet" href="https://privacy.example.org/x.css">', 'to /x.css'],
    ['<a href="../../../x/">x</a>', 'to /x/'],
    ['<p style="background:url(/a.png)">x</p>', 'to /a.png'],
  ])('refuses %j in a folder, as the full parse does', (body, problem) => {
    const html = `<!doctype html><html lang="nl"><head></head><body>${body}</body></html>`;
    expect(scanPage(html, FILE, rules)).toEqual([]);
    const found = scanPage(html, FILE, inFolder);
    expect(found.join('\n')).toContain(problem);
    expect(found).toEqual(scanPageTree(html, FILE, inFolder));
  });

  it('passes what the full parse passes: text that looks like markup in a title or a style sheet', () => {
    const html =
      '<!doctype html><html lang="nl"><head><title><script>x</script></title><style>a::after{content:"<img src=x>"}</style></head><body><template><script>alert(1)</script></template><p>x</p></body></html>';
    expect(scanPageTree(html, FILE, rules)).toEqual([]);
    expect(scanPage(html, FILE, rules)).toEqual([]);
  });

  const tags = [
    'p',
    'div',
    'a',
    'span',
    'b',
    'img',
    'image',
    'script',
    'style',
    'title',
    'textarea',
    'meta',
    'link',
    'form',
    'iframe',
    'svg',
    'math',
    'select',
    'option',
    'template',
    'noscript',
    'table',
    'td',
    'html',
    'body',
    'head',
    'base',
    'object',
    'xmp',
    'plaintext',
    'button',
    'area',
  ];
  const names = [
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'style',
    'onclick',
    'OnLoad',
    'http-equiv',
    'content',
    'type',
    'ping',
    'itemtype',
    'class',
    'id',
    'xlink:href',
    'constructor',
  ];
  const values = [
    '',
    '/nl/',
    '/privacy/nl/',
    '../x/',
    'https://privacy.example.org/x',
    'https://privacy.example.org/privacy/x',
    'https://evil.example/',
    'javascript:alert(1)',
    ' JaVaScRiPt:x',
    '&#106;avascript:x',
    'refresh',
    '0; url=https://evil.example/',
    'application/ld+json',
    'background:url(https://evil.example/x)',
    'mailto:a@b.nl',
    '/brand/logo.svg',
    '/privacy/brand/logo.svg',
    'https://evil.example/a.png 2x, /a.png',
    'a b',
    '"',
    "'",
  ];
  const texts = [
    'x',
    '<!--',
    '-->',
    '</script>',
    '</style>',
    '</title>',
    '<',
    '&amp;',
    '{"a":1}',
    '{"a":"<b>"}',
    '\u0000',
    '@import "https://evil.example/a.css";',
    '<![CDATA[',
    ']]>',
    '\n',
  ];
  const attribute = fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...values), fc.constantFrom('"', "'", ''))
    .map(([name, value, quote]) =>
      quote === '' && /[\s"'=<>`]/.test(value) ? ` ${name}` : ` ${name}=${quote}${value}${quote}`,
    );
  const piece = fc.oneof(
    fc
      .tuple(fc.constantFrom(...tags), fc.array(attribute, { maxLength: 3 }), fc.boolean())
      .map(
        ([tag, attributes, selfClosing]) =>
          `<${tag}${attributes.join('')}${selfClosing ? '/' : ''}>`,
      ),
    fc.constantFrom(...tags).map((tag) => `</${tag}>`),
    fc.constantFrom(...texts),
  );

  it('finds on any page exactly what the full parse finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const html = pieces.join('');
        expect(scanPage(html, FILE, rules)).toEqual(scanPageTree(html, FILE, rules));
        expect(scanPage(html, FILE, inFolder)).toEqual(scanPageTree(html, FILE, inFolder));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("a page's elements from its tags", () => {
  it('gives each element as hast makes it, a script with its text', () => {
    const seen: string[] = [];
    const all = acceptsEveryTag(
      '<!doctype html><p class="a b" onclick="x">t</p><script type="application/ld+json">{"a":"&amp;"}</script>',
      (element) => {
        seen.push(JSON.stringify([element.tagName, element.properties, element.children]));
        return true;
      },
    );
    expect(all).toBe(true);
    expect(seen).toEqual([
      JSON.stringify(['p', { className: ['a', 'b'], onClick: 'x' }, []]),
      JSON.stringify([
        'script',
        { type: 'application/ld+json' },
        [{ type: 'text', value: '{"a":"&amp;"}' }],
      ]),
    ]);
  });

  it('stops at the first element it is told to refuse', () => {
    const seen: string[] = [];
    expect(
      acceptsEveryTag('<p></p><a></a><b></b>', (element) => {
        seen.push(element.tagName);
        return element.tagName !== 'a';
      }),
    ).toBe(false);
    expect(seen).toEqual(['p', 'a']);
  });

  it('leaves a page to the full parse when its tags do not tell its tree', () => {
    for (const page of ['<svg></svg>', '<template></template>', '<select></select>'])
      expect(acceptsEveryTag(`<p>x</p>${page}`, () => true)).toBe(false);
  });
});
