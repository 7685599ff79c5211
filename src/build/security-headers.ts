/**
 * The one list of the site's security headers, from which the build writes every host's file
 * (host-files.ts: `_headers` for Netlify and Cloudflare Pages, `.htaccess` for Apache, a snippet
 * for nginx), and the directives of the Content-Security-Policy every page also carries in a
 * <meta> element (astro.config.mjs security.csp). Written once, they cannot drift apart.
 */

/**
 * The policy of every page's <meta> element. Astro adds script-src and style-src with the hashes
 * of each page's own inline code (no 'unsafe-inline'), and src/build/csp-tighten.ts narrows them
 * to what the page holds; these close everything else. Nothing on the pages fetches; connect-src
 * 'self' lets tools read /robots.txt on the page's behalf (Lighthouse's SEO audit does, and fails
 * under 'none').
 */
export const PAGE_POLICY = [
  "default-src 'none'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The header policy: the page policy, plus what only a header can say (frame-ancestors). A page is
 * held to both policies at once, so script-src and style-src stay 'self' here and each page's meta
 * policy narrows them to its own hashes. 'wasm-unsafe-eval' is for the search page, whose meta
 * policy alone allows it (Pagefind compiles its WebAssembly there). `inlineStyles` are the hashes
 * of the inline styles the built pages allow (the file of each version carries its stylesheet
 * inside it: header-policy.ts); any other inline <script> or <style> is blocked by the header.
 */
function headerPolicy(inlineStyles: ReadonlySet<string>): string {
  const [defaultSrc, ...rest] = PAGE_POLICY;
  return [
    defaultSrc,
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...[...inlineStyles].sort()].join(' '),
    ...rest,
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Features a privacy statement never uses, each denied to every page and anything in it. */
const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
  'interest-cohort',
];

export type Header = readonly [name: string, value: string];

/** What a host sends for the paths of a rule: `path` is within the site ("/*", "/_astro/*"). */
export interface HeaderRule {
  path: string;
  /** What the rule is for, written above it in each host's file. */
  why: string;
  headers: readonly Header[];
}

/**
 * Every rule, in the order a host applies them: the security headers for every path, then the
 * cache of assets. `base` is the folder of the host the site lives in: Strict-Transport-Security
 * holds for the whole host, so a site in a folder of another site's host (https://example.be/privacy/)
 * does not extend it to every subdomain of that host, which only the host's owner can decide.
 */
export function headerRules({
  inlineStyles = new Set(),
  base = '/',
}: { inlineStyles?: ReadonlySet<string>; base?: string } = {}): HeaderRule[] {
  return [
    {
      path: '/*',
      why: 'Every page and file: the security headers.',
      headers: [
        ['Content-Security-Policy', headerPolicy(inlineStyles)],
        [
          'Strict-Transport-Security',
          base === '/' ? 'max-age=63072000; includeSubDomains' : 'max-age=63072000',
        ],
        ['X-Content-Type-Options', 'nosniff'],
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'no-referrer'],
        ['Permissions-Policy', DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
        ['Cross-Origin-Opener-Policy', 'same-origin'],
        ['Cross-Origin-Resource-Policy', 'same-origin'],
        ['Cross-Origin-Embedder-Policy', 'require-corp'],
      ],
    },
    {
      path: '/_astro/*',
      why: 'Built assets have the hash of their content in their name: they never change.',
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
  ];
}
