import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)("\s*\/?>)/i;
/** The start of <head> and its <meta charset>, which must stay first. */
const HEAD_START = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

const hashOf = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Whether a <script> with these attributes runs: JSON-LD and other data blocks never do, and no policy applies to them. */
function runs(attributes: string): boolean {
  const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase();
  return type === undefined || type === '' || type === 'module' || type.includes('javascript');
}

/**
 * Astro writes into every page's meta policy the hashes of every inline script and style it knows
 * of, whether the page has them or not, and script-src 'self' everywhere. This narrows script-src
 * and style-src to what the page itself holds and may hold: on a page that may run a script (the
 * search page: `scripts`), the hashes of its own inline scripts and 'self' where it loads a script
 * file; on every other page script-src 'none', whatever the page holds, so that markup that got
 * into a page cannot run the site's own scripts there (nor Astro's). style-src keeps 'self' and the
 * hashes of the page's own inline styles. Other sources and directives stay as they are, and the
 * policy moves to the top of <head>: a meta policy governs only what comes after it. Returns the
 * page unchanged when it has no meta policy.
 */
export function tightenCsp(html: string, { scripts: mayRun }: { scripts: boolean }): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = mayRun ? [...html.matchAll(SCRIPT)].filter((match) => runs(match[1]!)) : [];
  const inlineScripts = new Set(
    scripts.filter((match) => !/\bsrc\s*=/i.test(match[1]!)).map((match) => hashOf(match[2]!)),
  );
  const scriptFiles = scripts.some((match) => /\bsrc\s*=/i.test(match[1]!));
  const inlineStyles = new Set([...html.matchAll(STYLE)].map((match) => hashOf(match[1]!)));

  const directives = meta[2]!
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const own = name === 'script-src' ? inlineScripts : inlineStyles;
      const kept = sources.filter((source) =>
        source.startsWith("'sha")
          ? own.has(source)
          : source !== "'self'" || name === 'style-src' || scriptFiles,
      );
      return `${name} ${kept.length ? kept.join(' ') : "'none'"}`;
    });
  const policy = `${meta[1]}${directives.join('; ')}${meta[3]}`;
  const rest = html.replace(META, '');
  const top = HEAD_START.exec(rest);
  if (!top) return html.replace(META, policy);
  const at = top.index + top[0].length;
  return `${rest.slice(0, at)}${policy}${rest.slice(at)}`;
}
