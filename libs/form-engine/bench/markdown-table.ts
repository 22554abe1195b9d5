export type ColumnAlign = 'left' | 'right';

/**
 * A markdown table laid out as Prettier prints it (padded cells, `---:` for right-aligned columns), so the
 * written docs section passes `prettier --check`. Cells must hold narrow characters only.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ColumnAlign[],
): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells
      .map((cell, column) =>
        align[column] === 'right' ? cell.padStart(widths[column] ?? 3) : cell.padEnd(widths[column] ?? 3),
      )
      .join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
