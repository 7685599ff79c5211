// Repeated measurements: the median, with the smallest and largest value.

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) throw new Error('No measurement to summarize.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: values.length };
}

/** "12.3 (11.9–13.0)": the median, and the range when there was more than one run. */
export function formatSpread(value: Spread, digits = 1, unit = ''): string {
  const f = (n: number) => `${n.toFixed(digits)}${unit}`;
  return value.runs > 1 ? `${f(value.median)} (${f(value.min)}–${f(value.max)})` : f(value.median);
}

/** A Markdown table; the first row is the header. Columns after the first are right-aligned. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

/** The same table for a terminal: columns padded to their widest cell. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row, index) => {
      const line = row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
        )
        .join('  ');
      return index === 0 ? `${line}\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : line;
    })
    .join('\n');
}

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
