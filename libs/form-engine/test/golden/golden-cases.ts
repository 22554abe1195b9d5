// Submissions of the golden tests: for each example form, what a client sends (and what is stored, for edits).
// Their results are in <form>.golden.json; regenerate after a deliberate change with
//   UPDATE_GOLDEN=1 npx jest -c libs/form-engine/jest.config.cjs golden
// and review the diff.
import type { FormContext } from '../../src/index';
import type { FixtureName } from '../support/fixtures';

export interface GoldenCase {
  readonly name: string;
  readonly data: unknown;
  readonly context?: Partial<FormContext>;
}

const leak = {
  area: 'indoor',
  building: 'b-1',
  unit: 'b-1-1201',
  category: 'leak',
  description: '厨房水槽下方持续漏水',
  photos: ['f-1', 'f-2'],
  urgent: true,
  urgentReason: '水已漫到客厅',
  preferredDate: '2025-01-28',
  preferredTime: '14:00',
  materials: [
    { name: '角阀', quantity: 2, unitPrice: 15.5 },
    { name: '软管', quantity: '1', unitPrice: '28' },
  ],
};

export const GOLDEN_CASES: Readonly<Record<FixtureName, readonly GoldenCase[]>> = {
  'repair-request': [
    { name: 'a complete leak report', data: leak },
    { name: 'a blank submission', data: {} },
    {
      name: 'a hostile client',
      data: {
        ...leak,
        area: 'public',
        building: 'b-9',
        ticketNo: 'BX-20250101-0001',
        reportedAt: '2020-01-01T00:00:00Z',
        reporter: 'u-2048',
        needsApproval: false,
        materialCost: 0,
        preferredDate: '2025-01-20',
        materials: [{ name: '角阀', quantity: 0, unitPrice: 15.555, cost: 1, supplier: 'x' }, 42],
        isAdmin: true,
      },
    },
    {
      name: 'materials over budget',
      data: { ...leak, materials: [{ name: '热水器', quantity: 2, unitPrice: 2999 }] },
    },
    {
      name: 'an edit of a stored ticket',
      data: { ...leak, urgent: false, urgentReason: '不再紧急' },
      context: {
        previous: {
          ticketNo: 'BX-20250127-0042',
          reportedAt: '2025-01-27T21:15:00+08:00',
          reporter: 'u-2048',
          urgentReason: '水已漫到客厅',
        },
      },
    },
  ],
  'repair-completion': [
    {
      name: 'fixed, paid by the owner, with an invoice',
      data: {
        team: 'team-plumbing',
        checkIn: { lat: 31.2304, lng: 121.4737, address: '安心花园1栋' },
        arrivedAt: '2025-01-28T09:10:00+08:00',
        completedAt: '2025-01-28T10:40',
        result: 'fixed',
        cause: ['plumbing', 'valve'],
        workHours: '1.5',
        laborFee: 80,
        materialFee: 31,
        paidBy: 'owner',
        invoice: true,
        ownerIdCard: '11010519491231002x',
        photosAfter: ['f-2'],
        ownerSignature: 'f-sig',
      },
    },
    {
      name: 'not fixed, free, without follow-up',
      data: {
        team: 'team-plumbing',
        checkIn: { lat: 31.2304, lng: 121.4737 },
        arrivedAt: '2025-01-28T09:10:00+08:00',
        completedAt: '2025-01-28T09:40:00+08:00',
        result: 'not-fixed',
        cause: ['plumbing'],
        workHours: 0.5,
        paidBy: 'owner',
        photosAfter: ['f-1'],
      },
    },
    {
      name: 'times, hours, ID card, team and payer all wrong',
      data: {
        team: 'team-carpentry',
        checkIn: { lat: 131, lng: 121.4737 },
        arrivedAt: '2025-01-28T10:00:00+08:00',
        completedAt: '2025-01-28T09:00:00+08:00',
        result: 'partial',
        followUp: '需更换整段管道',
        cause: ['electrical', 'short'],
        workHours: 1.25,
        laborFee: 100,
        paidBy: 'developer',
        invoice: true,
        ownerIdCard: '110105194912310021',
        photosAfter: ['f-big', 'f-pdf'],
      },
    },
  ],
  'service-rating': [
    {
      name: 'five stars with praise',
      data: { overall: 5, punctuality: 5, attitude: 5, quality: 4, praise: ['on-time', 'tidy'], comment: '师傅很专业' },
    },
    { name: 'one star and nothing else', data: { overall: 1 } },
    {
      name: 'two stars with a link and a callback number',
      data: {
        overall: 2,
        complaints: ['late', 'late'],
        comment: '投诉见 https://example.com',
        callback: '010-12345678',
        praise: ['tidy'],
      },
    },
    { name: 'no rating at all', data: { comment: '', email: 'not-an-email', anonymous: 'true' } },
  ],
};
