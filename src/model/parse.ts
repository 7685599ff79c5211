import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkMdx from 'remark-mdx';

const parser = remark().use(remarkMdx);

/** The header of a statement file: its YAML and the line the YAML starts on. */
export interface Header {
  yaml: string;
  /** 1-based line of the first YAML line (the line after the opening ---). */
  firstLine: number;
}

const HEADER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function readHeader(text: string): Header | undefined {
  const match = HEADER.exec(text);
  return match ? { yaml: match[1] ?? '', firstLine: 2 } : undefined;
}

/**
 * The text with its header blanked out (every character but line breaks made a space), as Astro's
 * MDX pipeline does: the body keeps the line and column numbers of the file.
 */
export function bodyOf(text: string): string {
  const match = HEADER.exec(text);
  return match ? match[0].replace(/[^\r\n]/g, ' ') + text.slice(match[0].length) : text;
}

export interface ParseFailure {
  line: number;
  column: number;
  reason: string;
}

/** Parses a statement body with remark and remark-mdx, the parser of Astro's MDX pipeline. */
export function parseBody(body: string): { tree: Root } | { failure: ParseFailure } {
  try {
    return { tree: parser.parse(body) };
  } catch (cause) {
    const place = cause as { line?: number; column?: number; reason?: string; message?: string };
    return {
      failure: {
        line: place.line ?? 1,
        column: place.column ?? 1,
        reason: place.reason ?? place.message ?? String(cause),
      },
    };
  }
}
