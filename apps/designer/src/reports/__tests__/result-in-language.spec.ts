import { resultInLanguage, inLanguage } from '../chart/result-in-language';
import { chartModelOf } from '../chart/report-chart-model';
import type { ReportResult } from '../reports.operations';

/** A result as the API gives it: Chinese labels, the English beside them. */
const bilingual: ReportResult = {
  columns: [
    {
      key: 'status',
      label: '状态',
      labelEn: 'Status',
      type: 'text',
      role: 'dimension',
      format: null,
      labelKey: 'status__label',
      labelKeyEn: 'status__labelEn',
    },
    { key: 'tickets', label: '工单数', labelEn: 'Tickets', type: 'integer', role: 'measure', format: 'integer', labelKey: null, labelKeyEn: null },
  ],
  rows: [{ status: 'open', status__label: '待处理', status__labelEn: 'Open', tickets: 3 }],
  total: 1,
  truncated: false,
  fromRollup: false,
  chart: 'bar',
  pivot: null,
};

describe('a report result in the UI’s language', () => {
  it('given an English UI, then the chart is labelled with the English column labels and shown values', () => {
    // When the result is read in English
    const model = chartModelOf(resultInLanguage(bilingual, 'en'), { empty: '(none)' });
    // Then the series is the measure's English label and the category the value's English label
    expect(model.series.map((s) => s.name)).toEqual(['Tickets']);
    expect(model.categories).toEqual(['Open']);
    // And a click still drills with the raw value
    expect(model.categoryCells).toEqual([{ status: 'open' }]);
  });

  it('given a Chinese UI, then the result is the API’s as it is', () => {
    expect(resultInLanguage(bilingual, 'zh-CN')).toBe(bilingual);
    expect(chartModelOf(resultInLanguage(bilingual, 'zh-CN'), { empty: '（空）' }).categories).toEqual(['待处理']);
  });

  it('given a result without English fields (an older API), then English shows the Chinese', () => {
    const old: ReportResult = {
      ...bilingual,
      columns: bilingual.columns.map(({ labelEn: _l, labelKeyEn: _k, ...column }) => column),
    };
    expect(resultInLanguage(old, 'en').columns.map((c) => [c.label, c.labelKey])).toEqual([
      ['状态', 'status__label'],
      ['工单数', null],
    ]);
  });

  it('picks a name in the UI’s language, Chinese when there is no English', () => {
    expect([inLanguage('管理驾驶舱', 'Executive', 'en'), inLanguage('管理驾驶舱', 'Executive', 'zh-CN')]).toEqual([
      'Executive',
      '管理驾驶舱',
    ]);
    expect(inLanguage('测试看板', '', 'en')).toBe('测试看板');
  });
});
