import { CHART_TYPES, localize, TIME_BUCKETS, type Dataset, type TimeBucket } from '@anxin/report-engine';
import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleBuilder } from '../../rules/RuleBuilder';
import { localeOf } from './report-locale';
import { datasetChoicesOf, dimensionKeyOf, pickDimensions, type ReportDraft, sortKeysOf, withDataset } from './report-draft';

interface ReportDraftFormProps {
  draft: ReportDraft;
  onChange: (draft: ReportDraft) => void;
  datasets: readonly Dataset[];
  /** A published report keeps its key. */
  keyFixed: boolean;
}

/** The report builder's inputs: key and name, dataset, dimensions (time ones by bucket), measures, filter, chart. */
export function ReportDraftForm({ draft, onChange, datasets, keyFixed }: ReportDraftFormProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const dataset = datasets.find((d) => d.key === draft.dataset);
  const choices = useMemo(() => (dataset ? datasetChoicesOf(dataset, locale) : undefined), [dataset, locale]);
  // A sort names result columns: a renamed dimension by its key, shown with its field's label.
  const labelOf = (key: string) => {
    const field = draft.dimensions.find((d) => dimensionKeyOf(d) === key)?.field ?? key;
    return [...(choices?.dimensions ?? []), ...(choices?.measures ?? [])].find((c) => c.key === field)?.label ?? key;
  };
  const set = (patch: Partial<ReportDraft>) => onChange({ ...draft, ...patch });
  const setBucket = (field: string, bucket: TimeBucket) =>
    set({ dimensions: draft.dimensions.map((d) => (d.field === field ? { ...d, bucket } : d)) });

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('builder.key')} extra={keyFixed ? undefined : t('builder.keyHint')}>
        <Input value={draft.key} disabled={keyFixed} onChange={(e) => set({ key: e.target.value })} data-testid="builder-key" />
      </Form.Item>
      <Space.Compact block>
        <Form.Item label={t('builder.nameZh')} style={{ flex: 1 }}>
          <Input value={draft.nameZh} onChange={(e) => set({ nameZh: e.target.value })} data-testid="builder-name-zh" />
        </Form.Item>
        <Form.Item label={t('builder.nameEn')} style={{ flex: 1 }}>
          <Input value={draft.nameEn} onChange={(e) => set({ nameEn: e.target.value })} data-testid="builder-name-en" />
        </Form.Item>
      </Space.Compact>
      <Form.Item label={t('builder.dataset')}>
        <Select
          data-testid="builder-dataset"
          value={draft.dataset || undefined}
          options={datasets.map((d) => ({ value: d.key, label: localize(d.name, locale) }))}
          onChange={(value: string) => onChange(withDataset(draft, value))}
        />
      </Form.Item>
      <Form.Item label={t('builder.dimensions')}>
        <Select
          mode="multiple"
          data-testid="builder-dimensions"
          disabled={!choices}
          value={draft.dimensions.map((d) => d.field)}
          options={(choices?.dimensions ?? []).map((c) => ({ value: c.key, label: c.label }))}
          onChange={(fields: string[]) => dataset && set({ dimensions: pickDimensions(draft, fields, dataset) })}
        />
      </Form.Item>
      {draft.dimensions
        .filter((d) => d.bucket)
        .map((d) => (
          <Form.Item key={d.field} label={t('builder.bucket', { field: labelOf(d.field) })}>
            <Select
              data-testid={`builder-bucket-${d.field}`}
              value={d.bucket}
              options={TIME_BUCKETS.map((b) => ({ value: b, label: t(`bucket.${b}`) }))}
              onChange={(bucket: TimeBucket) => setBucket(d.field, bucket)}
            />
          </Form.Item>
        ))}
      <Form.Item label={t('builder.measures')}>
        <Select
          mode="multiple"
          data-testid="builder-measures"
          disabled={!choices}
          value={draft.measures}
          options={(choices?.measures ?? []).map((c) => ({ value: c.key, label: c.label }))}
          onChange={(measures: string[]) => set({ measures })}
        />
      </Form.Item>
      <Form.Item label={t('builder.filter')}>
        <RuleBuilder
          testId="builder-filter"
          value={draft.filter}
          fields={choices?.filterFields ?? []}
          readOnly={!choices}
          onChange={(filter) => set({ filter })}
        />
      </Form.Item>
      <Form.Item label={t('builder.chart')}>
        <Select
          data-testid="builder-chart"
          value={draft.chart}
          options={CHART_TYPES.map((type) => ({ value: type, label: t(`chartType.${type}`) }))}
          onChange={(chart: ReportDraft['chart']) => set({ chart })}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item label={t('builder.sort')}>
          <Space.Compact>
            <Select
              allowClear
              style={{ minWidth: 180 }}
              data-testid="builder-sort"
              value={draft.sort?.by}
              options={sortKeysOf(draft).map((key) => ({ value: key, label: labelOf(key) }))}
              onChange={(by?: string) => set({ sort: by ? { by, direction: draft.sort?.direction ?? 'desc' } : undefined })}
            />
            <Select
              disabled={!draft.sort}
              value={draft.sort?.direction ?? 'desc'}
              options={[
                { value: 'asc', label: t('builder.asc') },
                { value: 'desc', label: t('builder.desc') },
              ]}
              onChange={(direction: 'asc' | 'desc') => draft.sort && set({ sort: { ...draft.sort, direction } })}
            />
          </Space.Compact>
        </Form.Item>
        <Form.Item label={t('builder.limit')}>
          <InputNumber
            min={1}
            max={10000}
            precision={0}
            value={draft.limit ?? null}
            onChange={(limit) => set({ limit: limit ?? undefined })}
            data-testid="builder-limit"
          />
        </Form.Item>
      </Space>
    </Form>
  );
}

