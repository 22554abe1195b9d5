import { dependencyOrder } from '../dependency-order';

const deps = (entries: Record<string, string[]>): Map<string, Set<string>> =>
  new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe('dependencyOrder', () => {
  it('should compute what is read before what reads it, declaration order otherwise', () => {
    //   total ◀── cost ◀── quantity, price        note (independent)
    const result = dependencyOrder(
      ['total', 'note', 'cost', 'quantity', 'price'],
      deps({ total: ['cost'], cost: ['quantity', 'price'] }),
    );

    // then
    expect(result).toEqual({ order: ['note', 'quantity', 'price', 'cost', 'total'], cycles: [] });
  });

  it('should name cycles and still order every node', () => {
    //   a ⇄ b      c ◀── a      d ⟲
    const result = dependencyOrder(['a', 'b', 'c', 'd'], deps({ a: ['b'], b: ['a'], c: ['a'], d: ['d', 'unknown'] }));

    // then each node appears once, and the cycles are reported in declaration order
    expect([...result.order].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(result.cycles).toEqual([['a', 'b'], ['d']]);
  });
});
