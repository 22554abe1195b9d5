import { checkRule } from '../checking/check-rule';
import type { RuleScope } from '../checking/rule-scope.type';
import { isPlainObject } from '../json/plain-object.util';
import { childPath, prefixProblems, type RuleProblem } from '../problems/rule-problem.type';
import { compileTable } from './compile-table';
import type { DecisionTable, DecisionTableInput } from './decision-table.type';
import { analyseTable } from './table-analysis';
import { validateTable } from './validate-table';

function testScope(table: DecisionTable, input: DecisionTableInput): RuleScope {
  return {
    variables: [
      { name: 'value', type: input.type },
      { name: 'inputs', type: 'object', properties: table.inputs.map((i) => ({ name: i.id, type: i.type })) },
    ],
  };
}

/** `test` entries of a cell, also inside `not`, with their paths. */
function testsOf(entry: unknown, path: string): { rule: unknown; path: string }[] {
  if (!isPlainObject(entry)) return [];
  if ('test' in entry) return [{ rule: entry.test, path: childPath(path, 'test') }];
  return 'not' in entry ? testsOf(entry.not, childPath(path, 'not')) : [];
}

function ruleProblems(table: DecisionTable, scope: RuleScope | undefined): RuleProblem[] {
  const inputs = table.inputs.flatMap((input, i) =>
    prefixProblems(`/inputs/${i}/expression`, checkRule(input.expression, scope, { expect: input.type })),
  );
  const tests = table.rules.flatMap((row, r) =>
    table.inputs.flatMap((input) =>
      testsOf(row.when?.[input.id], `/rules/${r}/when/${input.id}`).flatMap((t) =>
        prefixProblems(t.path, checkRule(t.rule, testScope(table, input), { expect: 'boolean' })),
      ),
    ),
  );
  return [...inputs, ...tests];
}

function unique(problems: readonly RuleProblem[]): RuleProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code} ${p.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Checks a decision table without evaluating it: structure and references, entry literals against input types,
 * input expressions and `test` entries (with `checkRule`, against `scope`), then the analysis of its rows:
 * `TABLE_OVERLAP` under UNIQUE, `TABLE_ROW_NEVER_MATCHES`, `TABLE_ROW_SHADOWED` under FIRST, and
 * `TABLE_INCOMPLETE` when the table declares `complete: true`. Never throws.
 */
export function checkTable(table: unknown, scope?: RuleScope): RuleProblem[] {
  const validated = validateTable(table);
  if (validated.table === undefined) return validated.problems;
  const rules = ruleProblems(validated.table, scope);
  const compiled = compileTable(table);
  if (!compiled.ok) return unique([...rules, ...compiled.problems]);
  return unique([...rules, ...compiled.value.warnings, ...analyseTable(compiled.value)]);
}
