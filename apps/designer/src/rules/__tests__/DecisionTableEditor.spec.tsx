import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DecisionTable, evaluateTable } from '@anxin/rules';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { renderInLanguage } from '../../test-support';
import { DecisionTableEditor } from '../decision-table/DecisionTableEditor';
import type { DefinitionProblem } from '../definition-problem.type';
import { DecisionTableTestPanel } from '../test-panel/DecisionTableTestPanel';

const shipped = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../../definitions/decisions/repair-dispatch.decision.json'), 'utf8'),
) as DecisionTable;

/** The editor and the test panel on one table, as the rules page has them. */
function Harness({ changes, problems = [] }: { changes: DecisionTable[]; problems?: DefinitionProblem[] }) {
  const [table, setTable] = useState(shipped);
  return (
    <>
      <DecisionTableEditor
        table={table}
        problems={problems}
        onChange={(next) => {
          changes.push(next);
          setTable(next);
        }}
      />
      <DecisionTableTestPanel table={table} />
    </>
  );
}

const urgentRow = shipped.rules.findIndex((rule) => rule.when?.['urgency'] === 'urgent');

describe('DecisionTableEditor and the test panel', () => {
  it('given the dispatch table, then each row shows its entries and outputs in their columns', () => {
    renderInLanguage(<Harness changes={[]} />);
    expect(screen.getByText('命中策略')).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>(`rule-id-${urgentRow}`).value).toBe('urgent');
    expect(screen.getByTestId<HTMLInputElement>(`cell-${urgentRow}-out-sla`).value).toBe('PT30M');
    // A closed list of texts is picked from the list: the urgent row picks "urgent"
    expect(within(screen.getByTestId(`cell-${urgentRow}-in-urgency`)).getByText('urgent')).toBeTruthy();
  });

  it('given an output changed in a row, when the test panel runs, then the decision shows the new value and the row it comes from', async () => {
    const changes: DecisionTable[] = [];
    renderInLanguage(<Harness changes={changes} />);
    // When the urgent SLA becomes 20 minutes
    fireEvent.change(screen.getByTestId(`cell-${urgentRow}-out-sla`), { target: { value: 'PT20M' } });
    // Then the table passed on has the new value in that row only
    const changed = changes.at(-1) as DecisionTable;
    expect(changed.rules[urgentRow]?.then['sla']).toBe('PT20M');
    expect(changed.rules.filter((rule, i) => rule !== shipped.rules[i])).toHaveLength(1);
    // When an urgent ticket is tested
    fireEvent.change(screen.getByTestId('test-input'), {
      target: { value: '{"category": "structural", "urgency": "urgent"}' },
    });
    fireEvent.click(screen.getByTestId('test-run'));
    // Then the outputs of both matching rows are listed, the SLA being the new one, with the rows that applied
    await waitFor(() => expect(screen.getByTestId('test-result')).toBeTruthy());
    const slas = [...screen.getByTestId('test-output').querySelectorAll('[data-output="sla"]')].map(
      (cell) => cell.textContent,
    );
    expect(slas).toEqual(['—', 'PT20M']);
    expect(screen.getByTestId('test-applied').textContent).toContain('structural');
    expect(screen.getByTestId('test-applied').textContent).toContain('urgent');
  });

  it('given a new row added, then it matches anything and gives null for every output, under a fresh id', () => {
    const changes: DecisionTable[] = [];
    renderInLanguage(<Harness changes={changes} />);
    fireEvent.click(screen.getByTestId('add-row'));
    expect((changes.at(-1) as DecisionTable).rules.at(-1)).toEqual({
      id: `rule-${shipped.rules.length + 1}`,
      then: { team: null, skill: null, sla: null, slaOnWorkdays: null },
    });
  });

  it('given a number input, when a range is typed in a cell, then the row gets the range; when nonsense is typed, then the table keeps the last good entry', () => {
    // Given a table over a number, edited alone
    const table: DecisionTable = {
      key: 'fee-bands',
      hitPolicy: 'FIRST',
      inputs: [{ id: 'fee', type: 'number', expression: { var: 'fee' } }],
      outputs: [{ id: 'band', type: 'string' }],
      rules: [{ id: 'small', when: { fee: { range: { lt: 200 } } }, then: { band: 'small' } }],
    };
    const changes: DecisionTable[] = [];
    renderInLanguage(<DecisionTableEditor table={table} onChange={(next) => changes.push(next)} />);
    const cell = screen.getByTestId<HTMLInputElement>('cell-0-in-fee');
    expect(cell.value).toBe('< 200');
    // When [200..500) is typed
    fireEvent.change(cell, { target: { value: '[200..500)' } });
    expect(changes.at(-1)?.rules[0]?.when).toEqual({ fee: { range: { gte: 200, lt: 500 } } });
    // When text that means nothing is typed, then nothing more is passed on and the cell says so
    fireEvent.change(cell, { target: { value: '[200..' } });
    expect(changes).toHaveLength(1);
    expect(cell.className).toContain('status-error');
  });

  it('given problems at a row, then the row is marked', () => {
    const problems: DefinitionProblem[] = [
      {
        code: 'TABLE_OUTPUT_INVALID',
        path: `/rules/${urgentRow}/then/slaOnWorkdays`,
        message: 'not a boolean',
        severity: 'error',
      },
    ];
    renderInLanguage(<Harness changes={[]} problems={problems} />);
    expect(screen.getByTestId(`row-status-${urgentRow}`).querySelector('.ant-badge-status-error')).toBeTruthy();
    expect(screen.getByTestId(`row-status-0`).querySelector('.ant-badge-status-error')).toBeNull();
  });

  it('given a number input, when a cell is edited as a rule in the rule builder, then the row gets a test entry that evaluateTable matches', async () => {
    const table: DecisionTable = {
      key: 'fee-bands',
      hitPolicy: 'FIRST',
      inputs: [{ id: 'fee', label: '费用', type: 'number', expression: { var: 'fee' } }],
      outputs: [{ id: 'band', type: 'string' }],
      rules: [{ id: 'large', then: { band: 'large' } }],
    };
    const changes: DecisionTable[] = [];
    renderInLanguage(<DecisionTableEditor table={table} onChange={(next) => changes.push(next)} />);
    // When the rule button of the cell opens the builder and a condition "value = 300" is added
    fireEvent.click(screen.getByTestId('cell-0-in-fee-rule'));
    const builder = await screen.findByTestId('test-entry-builder');
    fireEvent.click(within(builder).getByText('+ 条件'));
    await waitFor(() => expect(builder.querySelector('.ant-input-number input')).toBeTruthy());
    fireEvent.change(builder.querySelector('.ant-input-number input') as HTMLInputElement, {
      target: { value: '300' },
    });
    fireEvent.click(screen.getByText('应 用'));
    // Then the row's entry is the rule over the column's value
    const entry = changes.at(-1)?.rules[0]?.when?.['fee'];
    expect(entry).toEqual({ test: { '==': [{ var: 'value' }, 300] } });
    // And the rules library matches it as the builder showed it
    const edited = changes.at(-1) as DecisionTable;
    expect(evaluateTable(edited, { fee: 300 })).toMatchObject({ ok: true, appliedRuleIds: ['large'] });
    expect(evaluateTable(edited, { fee: 200 })).toMatchObject({ ok: true, appliedRuleIds: [] });
  });
});
