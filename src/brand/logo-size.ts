import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { imageSize } from 'image-size';

/** The height of the logo in the header, in CSS pixels (src/styles/site.css, .brand__logo). */
const LOGO_HEIGHT = 40;

/** The logo's width and height at the header's height, so that the page keeps its place while it loads. */
export function logoBox(root: string, file: string): { width: number; height: number } {
  const { width, height } = imageSize(readFileSync(join(root, 'content', file)));
  return width && height
    ? { width: Math.round((width / height) * LOGO_HEIGHT), height: LOGO_HEIGHT }
    : { width: LOGO_HEIGHT, height: LOGO_HEIGHT };
}
