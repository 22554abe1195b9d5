import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInLanguage } from '../../../test-support';
import { ActionBar } from '../ActionBar';
import { availableActions } from '../available-actions';

const ME = { id: 'me', displayName: '我' };

describe('ActionBar', () => {
  it('given an approval assigned to me, then 同意 and 驳回 are buttons and 更多 opens 转办 委派 加签 抄送', async () => {
    // Given the buttons for an open approval of mine
    const actions = availableActions({
      task: { status: 'open', assignee: ME, owner: null },
      meId: 'me',
      approval: true,
      canReturn: false,
      canRemoveSigner: false,
    });
    const clicked: string[] = [];
    renderInLanguage(<ActionBar actions={actions} busy={null} onAction={(a) => clicked.push(a)} />);
    // Then the main buttons carry their Chinese names
    expect(screen.getByTestId('action-approve').textContent).toBe('同 意');
    expect(screen.getByTestId('action-reject').textContent).toBe('驳 回');
    expect(screen.queryByTestId('action-complete')).toBeNull();
    // When 驳回 is clicked, then the page is asked to reject
    fireEvent.click(screen.getByTestId('action-reject'));
    expect(clicked).toEqual(['reject']);
    // When 更多 opens, then the other operations are offered
    fireEvent.click(screen.getByTestId('action-more'));
    await waitFor(() => expect(screen.getByTestId('action-transfer')).toBeTruthy());
    expect(['转办', '委派', '加签', '抄送'].map((name) => screen.getByText(name).textContent)).toHaveLength(4);
    fireEvent.click(screen.getByText('加签'));
    expect(clicked).toEqual(['reject', 'addSigners']);
  });

  it('given a claimable task, in English, then only Claim, and nothing else to open', () => {
    renderInLanguage(
      <ActionBar actions={{ primary: ['claim'], more: [] }} busy={null} onAction={() => undefined} />,
      'en',
    );
    expect(screen.getByTestId('action-claim').textContent).toBe('Claim');
    expect(screen.queryByTestId('action-more')).toBeNull();
  });

  it('given a command running, then the other buttons wait', () => {
    renderInLanguage(
      <ActionBar
        actions={{ primary: ['approve', 'reject'], more: ['cc'] }}
        busy="approve"
        onAction={() => undefined}
      />,
    );
    expect(screen.getByTestId('action-reject').hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('action-more').hasAttribute('disabled')).toBe(true);
  });
});
