import type { DashboardDefinition, Dataset, ReportCatalog, ReportDefinition } from '../index';

/** The reportable tables of the API's read model (sensitive columns such as contact_phone left out). */
export const CATALOG: ReportCatalog = {
  tables: {
    ticket: {
      instance_id: 'id',
      tenant_id: 'id',
      number: 'text',
      process_key: 'text',
      status: 'text',
      initiator: 'text',
      project_id: 'id',
      building_id: 'id',
      unit_id: 'id',
      category: 'text',
      urgency: 'text',
      title: 'text',
      assignee: 'text',
      team: 'text',
      estimated_cost: 'number',
      rating: 'integer',
      sla_due_at: 'datetime',
      created_at: 'datetime',
      updated_at: 'datetime',
      closed_at: 'datetime',
    },
    unit: { id: 'id', unit_type: 'text', building_id: 'id', project_id: 'id', name: 'text' },
    building: { id: 'id', name: 'text' },
    project: { id: 'id', name: 'text' },
    team: { code: 'text', name: 'text' },
    app_user: { id: 'text', display_name: 'text' },
  },
};

export const KNOWN = { calendars: ['cn-workdays'], dictionaries: ['repair-category', 'ticket-status'] };

/** Tickets with their unit, project and team. */
export const TICKETS: Dataset = {
  key: 'tickets',
  name: { 'zh-CN': '工单', en: 'Tickets' },
  source: { table: 'ticket', alias: 't' },
  joins: [
    { alias: 'u', table: 'unit', on: [['t.unit_id', 'u.id']] },
    { alias: 'p', table: 'project', on: [['t.project_id', 'p.id']] },
    { alias: 'tm', table: 'team', on: [['t.team', 'tm.code']] },
  ],
  scope: {
    project: 't.project_id',
    unit: 't.unit_id',
    team: 't.team',
    assignee: 't.assignee',
    initiator: 't.initiator',
  },
  drillKey: 't.instance_id',
  calendar: 'cn-workdays',
  updatedAt: 't.updated_at',
  fields: [
    {
      key: 'project',
      label: { 'zh-CN': '项目', en: 'Project' },
      type: 'id',
      column: 't.project_id',
      role: 'dimension',
      labelColumn: 'p.name',
    },
    {
      key: 'category',
      label: { 'zh-CN': '类别', en: 'Category' },
      type: 'text',
      column: 't.category',
      role: 'dimension',
      dictionary: 'repair-category',
    },
    { key: 'status', label: '状态', type: 'text', column: 't.status', role: 'dimension' },
    { key: 'team', label: '班组', type: 'text', column: 't.team', role: 'dimension', labelColumn: 'tm.name' },
    { key: 'unitType', label: '户型', type: 'text', column: 'u.unit_type', role: 'dimension' },
    { key: 'createdAt', label: '创建时间', type: 'datetime', column: 't.created_at', role: 'time' },
    { key: 'closedAt', label: '关闭时间', type: 'datetime', column: 't.closed_at', role: 'time' },
    { key: 'cost', label: '预估费用', type: 'number', column: 't.estimated_cost', role: 'attribute' },
    { key: 'rating', label: '评分', type: 'integer', column: 't.rating', role: 'attribute' },
    { key: 'title', label: '标题', type: 'text', column: 't.title', role: 'attribute' },
  ],
  measures: [
    { key: 'tickets', label: { 'zh-CN': '工单数', en: 'Tickets' }, aggregate: 'count', format: 'integer' },
    { key: 'closed', label: '已关闭', aggregate: 'count', filter: { '==': [{ var: 'status' }, 'closed'] } },
    {
      key: 'closedShare',
      label: '关闭率',
      aggregate: 'share',
      filter: { notNull: { var: 'closedAt' } },
      format: 'percent',
    },
    { key: 'totalCost', label: '费用', aggregate: 'sum', field: 'cost', format: 'currency' },
    { key: 'avgRating', label: '平均评分', aggregate: 'avg', field: 'rating', decimals: 1 },
    {
      key: 'hoursToClose',
      label: '平均处理时长',
      aggregate: 'avg',
      duration: { from: 'createdAt', to: 'closedAt', unit: 'hours' },
      format: 'hours',
    },
    {
      key: 'costPerTicket',
      label: '单均费用',
      aggregate: 'formula',
      formula: { '/': [{ measure: 'totalCost' }, { measure: 'tickets' }] },
    },
    { key: 'medianCost', label: '费用中位数', aggregate: 'median', field: 'cost' },
    { key: 'teams', label: '班组数', aggregate: 'countDistinct', field: 'team' },
  ],
  hierarchies: [{ key: 'place', label: '位置', levels: ['project', 'unitType'] }],
  rollups: [
    {
      key: 'daily',
      dimensions: ['project', 'category', 'status'],
      timeField: 'createdAt',
      measures: ['tickets', 'closed', 'closedShare', 'totalCost', 'avgRating', 'hoursToClose', 'costPerTicket'],
    },
  ],
};

/** Tickets per month and category in the last 90 days, optionally of some statuses. */
export const MONTHLY: ReportDefinition = {
  key: 'monthly-tickets',
  name: '月度工单',
  dataset: 'tickets',
  dimensions: [{ field: 'createdAt', bucket: 'month', key: 'month' }, { field: 'category' }],
  measures: ['tickets', { measure: 'closedShare', label: '关闭率' }],
  filter: { and: [{ inLast: [{ var: 'createdAt' }, 90, 'day'] }, { in: [{ var: 'status' }, { param: 'statuses' }] }] },
  parameters: [{ key: 'statuses', label: '状态', type: 'textList' }],
  sort: [{ by: 'month', direction: 'asc' }],
  chart: { type: 'bar' },
};

/** Tickets per category (rows) and status (columns). */
export const BY_STATUS: ReportDefinition = {
  key: 'by-status',
  name: '类别×状态',
  dataset: 'tickets',
  dimensions: [{ field: 'category' }],
  columns: [{ field: 'status' }],
  measures: ['tickets'],
  chart: { type: 'pivot' },
};

/** The two reports side by side, sharing the statuses parameter. */
export const OPERATIONS: DashboardDefinition = {
  key: 'operations',
  name: { 'zh-CN': '运营看板', en: 'Operations' },
  widgets: [
    { key: 'monthly', report: 'monthly-tickets', layout: { x: 0, y: 0, w: 12, h: 8 } },
    { key: 'byStatus', report: 'by-status', layout: { x: 12, y: 0, w: 12, h: 8 }, chart: 'heatmap' },
  ],
  parameters: [{ key: 'statuses', label: '状态', type: 'textList' }],
};
