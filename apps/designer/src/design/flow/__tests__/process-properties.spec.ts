import { diffBpmn } from '../diff/bpmn-diff';
import {
  readAllowRevoke,
  readTicket,
  readVariables,
  setAllowRevoke,
  setTicket,
  setVariables,
} from '../properties/process-properties';
import { fixtureXml, loadFixture } from './moddle-fixture';

describe('process-level properties on a real bpmn-moddle (approval-flow.bpmn, process "purchase")', () => {
  it('given the declared variables, when one is indexed and one added, then the XML declares them with index only where allowed', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const process = fixture.byId('purchase');
    expect(readVariables(process)).toEqual([
      { name: 'amount', type: 'number', index: false },
      { name: 'buyer', type: 'string', index: false },
      { name: 'items', type: 'array', index: false },
    ]);

    fixture.apply(
      setVariables({
        element: process,
        process,
        factory: fixture.factory,
        variables: [
          { name: 'amount', type: 'number', index: true },
          { name: 'items', type: 'array', index: true },
          { name: ' dueDay ', type: 'date', index: false },
          { name: '', type: 'string', index: false },
        ],
      }),
    );

    expect(readVariables(process)).toEqual([
      { name: 'amount', type: 'number', index: true },
      { name: 'items', type: 'array', index: false },
      { name: 'dueDay', type: 'date', index: false },
    ]);
    const xml = await fixture.xml();
    expect(xml).toContain('<anxin:variable name="amount" type="number" index="true" />');
    expect(xml).toContain('<anxin:variable name="items" type="array" />');
  });

  it('given revoking allowed with a condition, when forbidden, then allowRevoke="false" is written and the condition dropped; allowing again writes nothing', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const process = fixture.byId('purchase');
    const original = await fixture.xml();
    fixture.apply([{ cmd: 'element.updateModdleProperties', context: { element: process, moddleElement: process, properties: { 'anxin:revokeCondition': '{"!":{"var":"buyer"}}' } } }]); // prettier-ignore
    expect(readAllowRevoke(process)).toBe(true);

    fixture.apply(setAllowRevoke(process, process, false));
    expect(readAllowRevoke(process)).toBe(false);
    const forbidden = await fixture.xml();
    expect(forbidden).toContain('anxin:allowRevoke="false"');
    expect(forbidden).not.toContain('revokeCondition');

    fixture.apply(setAllowRevoke(process, process, true));
    expect(await diffBpmn(original, await fixture.xml())).toEqual([]);
  });

  it('given no ticket block, when one is set with projections, then it reads back the same and removing it restores the process', async () => {
    const fixture = await loadFixture(fixtureXml('approval-flow.bpmn'));
    const process = fixture.byId('purchase');
    const original = await fixture.xml();
    expect(readTicket(process)).toBeUndefined();
    const ticket = {
      prefix: 'PO',
      statuses: 'purchase-status',
      completedStatus: 'closed',
      revokedStatus: '',
      projections: [
        { field: 'amount', body: '{"var":"amount"}' },
        { field: '', body: 'ignored' },
      ],
    };

    fixture.apply(setTicket({ element: process, process, ticket, factory: fixture.factory }));

    expect(readTicket(process)).toEqual({ ...ticket, projections: [ticket.projections[0]] });
    const xml = await fixture.xml();
    expect(xml).toContain('<anxin:ticket prefix="PO" statuses="purchase-status" completedStatus="closed">');
    expect(xml).toContain('<anxin:projection field="amount">{"var":"amount"}</anxin:projection>');

    fixture.apply(setTicket({ element: process, process, ticket: undefined, factory: fixture.factory }));
    expect(readTicket(process)).toBeUndefined();
    expect(await diffBpmn(original, await fixture.xml())).toEqual([]);
  });
});
