import ExcelJS from 'exceljs';
import type { JsonValue } from '@anxin/rules';
import type { ReportColumn, ShapedReport } from '@anxin/report-engine';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv; charset=utf-8';

/** A column as exported: its header, and the row key holding what is shown (a dimension's label when it has one). */
interface ExportColumn {
  readonly header: string;
  readonly key: string;
  readonly numeric: boolean;
}

function exportColumns(columns: readonly ReportColumn[]): ExportColumn[] {
  return columns.map((c) => ({
    header: c.label,
    key: c.labelKey ?? c.key,
    numeric: c.labelKey === undefined && (c.type === 'number' || c.type === 'integer'),
  }));
}

function cellValue(value: JsonValue | undefined, numeric: boolean): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (numeric && typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** The result as an Excel workbook: one sheet, Chinese headers from the labels, numbers as numbers, header frozen. */
export async function reportToXlsx(result: ShapedReport, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, ' ') || 'report', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const columns = exportColumns(result.columns);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(10, c.header.length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of result.rows) sheet.addRow(columns.map((c) => cellValue(row[c.key], c.numeric)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// A cell starting with one of these is a formula to Excel: prefixed with ' so an exported value never runs.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The result as CSV (RFC 4180, CRLF) with a UTF-8 byte order mark, so that Excel opens Chinese text correctly. */
export function reportToCsv(result: ShapedReport): Buffer {
  const columns = exportColumns(result.columns);
  const lines = [
    columns.map((c) => csvField(c.header)).join(','),
    ...result.rows.map((row) => columns.map((c) => csvField(cellValue(row[c.key], c.numeric))).join(',')),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
