import type { TrackedStage, TrackedTicket } from '../track.operations';
import { trackingSteps } from '../tracking-steps';

// A status dictionary as trackTicket gives it (the repair solution's, in its order), with its tracker attributes.
const stage = (status: string, zh: string, flags: Partial<TrackedStage> = {}): TrackedStage => ({
  status,
  statusLabel: zh,
  statusLabelEn: status,
  optional: false,
  ownerActs: false,
  ...flags,
});
const STAGES: TrackedStage[] = [
  stage('accepted', '已受理'),
  stage('dispatched', '已派单'),
  stage('en_route', '工程师已出发'),
  stage('pending_approval', '待审批', { optional: true }),
  stage('in_repair', '维修中'),
  stage('pending_confirmation', '待确认', { ownerActs: true }),
  stage('pending_rating', '待评价', { ownerActs: true }),
  stage('closed', '已完成'),
  stage('cancelled', '已取消', { optional: true }),
];

function ticket(status: string | null, reached: [status: string, at: string][], stages = STAGES): TrackedTicket {
  return {
    number: 'BX20261123000001',
    status,
    statusLabel: status,
    statusLabelEn: status,
    createdAt: '2026-11-23T01:00:00.000Z',
    engineerName: null,
    timeline: reached.map(([s, at]) => ({ status: s, statusLabel: s, statusLabelEn: s, at })),
    stages,
  };
}

const rows = (t: TrackedTicket) => trackingSteps(t).map((s) => `${s.label.zh}:${s.state}`);

describe('trackingSteps: the statuses of trackTicket → the parcel tracker rows', () => {
  it('given a ticket on its way, then the statuses behind are ticked, the current one highlighted, the rest ahead', () => {
    const onTheWay = ticket('en_route', [
      ['accepted', '2026-11-23T01:00:00Z'],
      ['dispatched', '2026-11-23T01:00:01Z'],
      ['en_route', '2026-11-23T02:00:00Z'],
    ]);
    // Then the optional steps it did not take (待审批, 已取消) are not shown
    expect(rows(onTheWay)).toEqual([
      '已受理:done',
      '已派单:done',
      '工程师已出发:current',
      '维修中:upcoming',
      '待确认:upcoming',
      '待评价:upcoming',
      '已完成:upcoming',
    ]);
    // And the steps reached carry their times, those ahead none
    expect(trackingSteps(onTheWay).map((s) => s.at)).toEqual([
      '2026-11-23T01:00:00Z',
      '2026-11-23T01:00:01Z',
      '2026-11-23T02:00:00Z',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('given a ticket that went through the approval and is back in repair, then 待审批 shows ticked, 维修中 at its last time', () => {
    const repaired = ticket('in_repair', [
      ['accepted', '2026-11-23T01:00:00Z'],
      ['dispatched', '2026-11-23T01:00:01Z'],
      ['en_route', '2026-11-23T02:00:00Z'],
      ['in_repair', '2026-11-23T03:00:00Z'],
      ['pending_approval', '2026-11-23T03:00:01Z'],
      ['in_repair', '2026-11-23T05:00:00Z'],
    ]);
    expect(rows(repaired)).toEqual([
      '已受理:done',
      '已派单:done',
      '工程师已出发:done',
      '待审批:done',
      '维修中:current',
      '待确认:upcoming',
      '待评价:upcoming',
      '已完成:upcoming',
    ]);
    expect(trackingSteps(repaired).find((s) => s.state === 'current')?.at).toBe('2026-11-23T05:00:00Z');
  });

  it('given a ticket waiting for the rating, then the current step says the owner acts', () => {
    const rating = ticket(
      'pending_rating',
      ['accepted', 'dispatched', 'en_route', 'in_repair', 'pending_confirmation', 'pending_rating'].map(
        (s, i): [string, string] => [s, `2026-11-23T0${i}:00:00Z`],
      ),
    );
    const current = trackingSteps(rating).filter((s) => s.state === 'current');
    expect(current.map((s) => [s.label.zh, s.ownerActs])).toEqual([['待评价', true]]);
    expect(rows(rating).slice(-2)).toEqual(['待评价:current', '已完成:upcoming']);
  });

  it('given a ticket cancelled after dispatch, then only the steps it reached and 已取消, nothing ahead', () => {
    const cancelled = ticket('cancelled', [
      ['accepted', '2026-11-23T01:00:00Z'],
      ['dispatched', '2026-11-23T01:00:01Z'],
      ['cancelled', '2026-11-23T01:30:00Z'],
    ]);
    expect(rows(cancelled)).toEqual(['已受理:done', '已派单:done', '已取消:current']);
  });

  it('given no status dictionary, then the timeline itself, each status once, the last one current', () => {
    const bare = ticket(
      'b',
      [
        ['a', '2026-11-23T01:00:00Z'],
        ['b', '2026-11-23T02:00:00Z'],
      ],
      [],
    );
    expect(rows(bare)).toEqual(['a:done', 'b:current']);
  });
});
