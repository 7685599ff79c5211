import { converter, formatHex, wcagContrast } from 'culori';

/** WCAG 2.2 AA for text: links and labels in the brand colour must reach it on every background they stand on. */
const TEXT_CONTRAST = 4.5;

const toOklch = converter('oklch');

/**
 * The brand colour made readable on `backgrounds`: darkened (for light backgrounds) or lightened
 * (for dark ones) in OKLCH, keeping its hue, until its contrast with each background reaches
 * 4.5:1. A colour that already does is returned as it is.
 */
function readableOn(
  colour: string,
  backgrounds: readonly string[],
  direction: 'darker' | 'lighter',
): string {
  const start = toOklch(colour);
  if (!start) throw new Error(`"${colour}" is not a colour`);
  const passes = (candidate: string) =>
    backgrounds.every((background) => wcagContrast(candidate, background) >= TEXT_CONTRAST);
  for (let step = 0; step <= 100; step++) {
    const l =
      direction === 'darker' ? start.l * (1 - step / 100) : start.l + (1 - start.l) * (step / 100);
    const candidate = formatHex({ ...start, l });
    if (passes(candidate)) return candidate;
  }
  return direction === 'darker' ? '#000000' : '#ffffff';
}

/** The site's own backgrounds (src/styles/site.css): the page and the tinted boxes, in each colour scheme. */
const BACKGROUNDS = { light: ['#ffffff', '#f3f5f8'], dark: ['#14171b', '#1f242a'] } as const;

/** The CSS that gives the site the organisation's colour (site.yaml brand.colour) in both colour schemes. */
export function brandCss(colour: string | undefined): string {
  if (!colour) return '/* No brand colour in content/site.yaml: the default colours apply. */\n';
  const light = readableOn(colour, BACKGROUNDS.light, 'darker');
  const dark = readableOn(colour, BACKGROUNDS.dark, 'lighter');
  return `/* The brand colour of content/site.yaml (${colour}), made readable on each background. */\n:root { --accent: ${light}; --link: ${light}; }\n@media (prefers-color-scheme: dark) { :root { --accent: ${dark}; --link: ${dark}; } }\n@media print { :root { --link: #000; } }\n`;
}
