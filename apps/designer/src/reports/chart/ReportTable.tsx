import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { ReportResult } from '../reports.operations';
import { formatMeasure } from './format-measure';
import { type DrillCell, drillCellOfRow } from './report-chart-model';

/** A report result as a table: dimensions by their labels, measures formatted; a click on a row drills into it. */
export function ReportTable({
  result,
  onDrill,
  testId,
}: {
  result: ReportResult;
  onDrill?: (cell: DrillCell) => void;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<Record<string, unknown>> = result.columns.map((column) => ({
    key: column.key,
    title: column.label,
    align: column.role === 'measure' ? 'right' : 'left',
    render: (_: unknown, row: Record<string, unknown>) => {
      if (column.role === 'measure') return formatMeasure(row[column.key], column.format, i18n.language);
      const value = (column.labelKey ? row[column.labelKey] : undefined) ?? row[column.key];
      if (value === null || value === undefined) return t('chart.empty');
      return column.type === 'date' || column.type === 'datetime' ? String(value).slice(0, 10) : String(value);
    },
  }));
  return (
    <Table
      data-testid={testId}
      size="small"
      columns={columns}
      dataSource={result.rows.map((row, index) => ({ ...row, __row: index }))}
      rowKey="__row"
      pagination={result.rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      scroll={{ x: true }}
      onRow={(row) => ({
        onClick: onDrill ? () => onDrill(drillCellOfRow(result, row)) : undefined,
        style: onDrill ? { cursor: 'pointer' } : undefined,
      })}
    />
  );
}
