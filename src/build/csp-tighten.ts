import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
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
 * of, whether the page has them or not. This narrows script-src and style-src to what the page
 * itself holds: the hashes of its own inline scripts and styles, 'self' only where it loads a
 * script file, and script-src 'none' on a page with no script at all. Other sources and
 * directives stay as they are. Returns the page unchanged when it has no meta policy.
 */
export function tightenCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = [...html.matchAll(SCRIPT)].filter((match) => runs(match[1]!));
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
  return html.replace(META, `$1${directives.join('; ')}$3`);
}
