import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AssignmentStrategy } from '@anxin/rules';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { renderInLanguage } from '../../test-support';
import { AssignmentStrategyEditor } from '../assignment/AssignmentStrategyEditor';
import { AssignmentTestPanel } from '../test-panel/AssignmentTestPanel';

const shipped = JSON.parse(
  readFileSync(
    path.resolve(__dirname, '../../../../../definitions/assignments/repair-engineer.assignment.json'),
    'utf8',
  ),
) as AssignmentStrategy;

function Harness({ changes }: { changes: AssignmentStrategy[] }) {
  const [strategy, setStrategy] = useState(shipped);
  return (
    <>
      <AssignmentStrategyEditor
        strategy={strategy}
        onChange={(next) => {
          changes.push(next);
          setStrategy(next);
        }}
      />
      <AssignmentTestPanel strategy={strategy} />
    </>
  );
}

const onDutyStep = shipped.steps.findIndex((step) => step.type === 'onDutyOnly');

const request = {
  context: { team: 'team-a', skill: 'pipes' },
  candidates: [
    { id: 'off', skills: ['pipes'], teams: ['team-a'], openTasks: 0, capacity: 5, onDuty: false },
    { id: 'busy', skills: ['pipes'], teams: ['team-a'], openTasks: 4, capacity: 5, onDuty: true },
  ],
};

const run = async () => {
  fireEvent.change(screen.getByTestId('test-input'), { target: { value: JSON.stringify(request) } });
  fireEvent.click(screen.getByTestId('test-run'));
  await waitFor(() => expect(screen.getByTestId('test-result')).toBeTruthy());
  return screen.getByTestId('test-output').textContent;
};

describe('AssignmentStrategyEditor and its test panel', () => {
  it('given the shipped strategy, then each step is a card in order, with its settings', () => {
    renderInLanguage(<Harness changes={[]} />);
    expect(screen.getAllByTestId(/^step-\d+$/)).toHaveLength(shipped.steps.length);
    expect(within(screen.getByTestId(`step-${onDutyStep}`)).getByText('只选在岗')).toBeTruthy();
    expect(screen.getByText('没有人选时')).toBeTruthy();
  });

  it('given an off-duty engineer with no open task, when the strategy is tested, then the on-duty one is chosen and the trace says why', async () => {
    renderInLanguage(<Harness changes={[]} />);
    await expect(run()).resolves.toBe('分配给 busy');
    expect(screen.getByText('排除 off：不在岗')).toBeTruthy();
  });

  it('when the on-duty step is removed, then the strategy passed on lacks it and the test picks the less loaded engineer', async () => {
    const changes: AssignmentStrategy[] = [];
    renderInLanguage(<Harness changes={changes} />);
    const card = screen.getByTestId(`step-${onDutyStep}`).closest('.ant-card') as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: '删除步骤' }));
    expect(changes.at(-1)?.steps.map((step) => step.type)).not.toContain('onDutyOnly');
    expect(changes.at(-1)?.steps).toHaveLength(shipped.steps.length - 1);
    await expect(run()).resolves.toBe('分配给 off');
  });
});
