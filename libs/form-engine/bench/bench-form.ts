// The benchmarked form: 25 fields of 20 types with a 4-column sub-form, and the same data as a JSON Schema for
// Ajv. The schema says what JSON Schema can say; the form also says what it cannot (below).
import type { FormDefinition } from '../src/index';

const options = (...values: string[]) => values.map((value) => ({ value, label: value }));
const PHONE = '^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}((-|转|#)\\d{1,6})?)$';

export const benchForm: FormDefinition = {
  key: 'bench-repair',
  title: '报修（基准）',
  fields: [
    { key: 'title', type: 'text', label: '标题', required: true, maxLength: 50 },
    {
      key: 'category',
      type: 'select',
      label: '类别',
      options: options('leak', 'blockage', 'electrical', 'door-window', 'other'),
      required: true,
    },
    { key: 'area', type: 'radio', label: '区域', options: options('indoor', 'public'), required: true },
    { key: 'description', type: 'textarea', label: '描述', required: true, minLength: 5, maxLength: 500 },
    { key: 'urgent', type: 'switch', label: '紧急' },
    { key: 'urgentReason', type: 'text', label: '紧急原因', visibleIf: { var: 'urgent' }, required: true },
    { key: 'contactName', type: 'text', label: '联系人', required: true, maxLength: 20 },
    { key: 'contactPhone', type: 'phone', label: '电话', required: true },
    { key: 'email', type: 'email', label: '邮箱' },
    { key: 'idCard', type: 'id-card', label: '身份证' },
    { key: 'floor', type: 'integer', label: '楼层', min: 1, max: 60 },
    { key: 'roomArea', type: 'number', label: '面积', min: 0, decimals: 2 },
    { key: 'estimatedFee', type: 'money', label: '预估费用', min: 0 },
    { key: 'preferredDate', type: 'date', label: '日期' },
    { key: 'preferredTime', type: 'time', label: '时段' },
    {
      key: 'rooms',
      type: 'checkbox',
      label: '房间',
      options: options('kitchen', 'bathroom', 'bedroom', 'balcony'),
      maxItems: 3,
    },
    { key: 'tags', type: 'multiselect', label: '标签', options: options('noisy', 'smell', 'wet', 'dark') },
    { key: 'rating', type: 'rating', label: '紧急程度' },
    { key: 'location', type: 'location', label: '位置' },
    { key: 'photos', type: 'image', label: '照片', maxCount: 6 },
    { key: 'attachments', type: 'file', label: '附件' },
    { key: 'remark', type: 'textarea', label: '备注', maxLength: 200 },
    {
      key: 'materials',
      type: 'sub-form',
      label: '材料',
      maxRows: 20,
      fields: [
        { key: 'name', type: 'text', label: '名称', required: true },
        { key: 'quantity', type: 'integer', label: '数量', min: 1, required: true },
        { key: 'unitPrice', type: 'money', label: '单价', min: 0, required: true },
        {
          key: 'cost',
          type: 'money',
          label: '小计',
          computed: { '*': [{ var: '$row.quantity' }, { var: '$row.unitPrice' }] },
        },
      ],
      aggregates: [{ key: 'materialCost', op: 'sum', field: 'cost' }],
    },
    {
      key: 'total',
      type: 'money',
      label: '合计',
      computed: { '+': [{ var: 'estimatedFee' }, { var: 'materialCost' }] },
    },
    { key: 'needsApproval', type: 'switch', label: '需审批', computed: { '>': [{ var: 'total' }, 500] } },
  ],
};

const text = (maxLength: number, minLength = 1) => ({ type: 'string', minLength, maxLength });
const money = { type: 'number', minimum: 0, multipleOf: 0.01 };
const ids = (maxItems: number) => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  maxItems,
});
const choices = (values: string[], maxItems?: number) => ({
  type: 'array',
  items: { enum: values },
  uniqueItems: true,
  ...(maxItems === undefined ? {} : { maxItems }),
});

/**
 * The same submission as a JSON Schema (draft 2020-12). Ajv cannot: drop a hidden field, recompute the costs and
 * the total, fill defaults from the clock or the user, keep read-only values, check the ID card's checksum and
 * birth date, nor produce messages in Chinese; it checks types, ranges, patterns, options and the urgent rule.
 */
export const benchSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['title', 'category', 'area', 'description', 'contactName', 'contactPhone'],
  properties: {
    title: text(50),
    category: { enum: ['leak', 'blockage', 'electrical', 'door-window', 'other'] },
    area: { enum: ['indoor', 'public'] },
    description: text(500, 5),
    urgent: { type: 'boolean' },
    urgentReason: text(200),
    contactName: text(20),
    contactPhone: { type: 'string', pattern: PHONE },
    email: { type: 'string', pattern: '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$', maxLength: 254 },
    idCard: { type: 'string', pattern: '^\\d{17}[\\dX]$' },
    floor: { type: 'integer', minimum: 1, maximum: 60 },
    roomArea: { type: 'number', minimum: 0, multipleOf: 0.01 },
    estimatedFee: money,
    preferredDate: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    preferredTime: { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$' },
    rooms: choices(['kitchen', 'bathroom', 'bedroom', 'balcony'], 3),
    tags: choices(['noisy', 'smell', 'wet', 'dark']),
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    location: {
      type: 'object',
      additionalProperties: false,
      required: ['lat', 'lng'],
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lng: { type: 'number', minimum: -180, maximum: 180 },
        address: text(200),
      },
    },
    photos: ids(6),
    attachments: ids(9),
    remark: text(200),
    materials: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'quantity', 'unitPrice'],
        properties: { name: text(200), quantity: { type: 'integer', minimum: 1 }, unitPrice: money, cost: money },
      },
    },
    total: money,
    needsApproval: { type: 'boolean' },
  },
  if: { type: 'object', properties: { urgent: { const: true } }, required: ['urgent'] },
  then: { required: ['urgentReason'] },
};

/** A valid submission: 25 fields filled, three rows of materials. */
export const benchSubmission = {
  title: '厨房漏水',
  category: 'leak',
  area: 'indoor',
  description: '厨房水槽下方持续漏水，地面有积水',
  urgent: true,
  urgentReason: '水已漫到客厅',
  contactName: '王女士',
  contactPhone: '13800138000',
  email: 'wang@example.com',
  idCard: '11010519491231002X',
  floor: 12,
  roomArea: 89.5,
  estimatedFee: 120,
  preferredDate: '2025-01-29',
  preferredTime: '14:00',
  rooms: ['kitchen', 'balcony'],
  tags: ['wet'],
  rating: 4,
  location: { lat: 31.2304, lng: 121.4737, address: '安心花园1栋1201' },
  photos: ['f-1', 'f-2'],
  attachments: ['f-pdf'],
  remark: '请上午来',
  materials: [
    { name: '角阀', quantity: 2, unitPrice: 15.5 },
    { name: '软管', quantity: 1, unitPrice: 28 },
    { name: '生料带', quantity: 3, unitPrice: 3.5 },
  ],
};
