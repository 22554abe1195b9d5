import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../../test-support';
import { TrackingTimeline } from '../TrackingTimeline';
import type { TrackingStep } from '../tracking-steps';

const STEPS: TrackingStep[] = [
  {
    status: 'accepted',
    label: { zh: '已受理', en: 'Accepted' },
    state: 'done',
    at: '2026-11-23T01:00:00Z',
    ownerActs: false,
  },
  {
    status: 'en_route',
    label: { zh: '工程师已出发', en: 'On the way' },
    state: 'current',
    at: '2026-11-23T02:00:00Z',
    ownerActs: false,
  },
  { status: 'closed', label: { zh: '已完成', en: 'Closed' }, state: 'upcoming', ownerActs: false },
];

const row = (status: string) => document.querySelector<HTMLElement>(`[data-status="${status}"]`);

describe('TrackingTimeline', () => {
  it('given steps done, current and ahead, then each row says its state, done ones ticked, the current one marked 当前', () => {
    renderInLanguage(<TrackingTimeline steps={STEPS} />);
    expect(screen.getByTestId('tracking-timeline')).toBeTruthy();
    expect(['accepted', 'en_route', 'closed'].map((s) => row(s)?.dataset['state'])).toEqual([
      'done',
      'current',
      'upcoming',
    ]);
    expect(row('accepted')?.querySelector('.anxin-track-tick')).not.toBeNull();
    expect(row('en_route')?.querySelector('.anxin-track-tick')).toBeNull();
    expect(row('en_route')?.textContent).toContain('当前');
    // Times for the steps reached, none for the step ahead
    expect(row('accepted')?.textContent).toMatch(/\d{2}:\d{2}/);
    expect(row('closed')?.textContent).toBe('已完成');
  });

  it('in English, then the English labels', () => {
    renderInLanguage(<TrackingTimeline steps={STEPS} />, 'en');
    expect(row('en_route')?.textContent).toContain('On the way');
    expect(row('en_route')?.textContent).toContain('now');
    expect(row('closed')?.textContent).toBe('Closed');
  });
});
