import type {
  DecisionTable,
  DecisionTableInput,
  DecisionTableOutput,
  DecisionTableRule,
  HitPolicy,
  InputEntry,
  JsonValue,
} from '@anxin/rules';

// Pure edits of a decision table: each returns a new table, so the page keeps an undo-free, immutable history.

function withRules(table: DecisionTable, rules: DecisionTableRule[]): DecisionTable {
  return { ...table, rules };
}

function mapRule(table: DecisionTable, index: number, edit: (rule: DecisionTableRule) => DecisionTableRule) {
  return withRules(
    table,
    table.rules.map((rule, i) => (i === index ? edit(rule) : rule)),
  );
}

/** Sets (or, with `undefined`, clears to "anything") the entry of an input in a row. */
export function setInputEntry(table: DecisionTable, row: number, inputId: string, entry: InputEntry | undefined) {
  return mapRule(table, row, (rule) => {
    const { [inputId]: _old, ...rest } = rule.when ?? {};
    const when = entry === undefined ? rest : { ...rest, [inputId]: entry };
    const { when: _when, ...withoutWhen } = rule;
    return Object.keys(when).length > 0 ? { ...withoutWhen, when } : withoutWhen;
  });
}

export function setOutputValue(table: DecisionTable, row: number, outputId: string, value: JsonValue) {
  return mapRule(table, row, (rule) => ({ ...rule, then: { ...rule.then, [outputId]: value } }));
}

export function setRuleField(table: DecisionTable, row: number, key: 'id' | 'description', value: string) {
  return mapRule(table, row, (rule) => {
    if (key === 'id') return { ...rule, id: value };
    const { description: _old, ...rest } = rule;
    return value === '' ? rest : { ...rest, description: value };
  });
}

/** A new row that matches anything and gives `null` for every output, with an id not used yet. */
export function addRule(table: DecisionTable): DecisionTable {
  const ids = new Set(table.rules.map((rule) => rule.id));
  let n = table.rules.length + 1;
  while (ids.has(`rule-${n}`)) n += 1;
  const then = Object.fromEntries(table.outputs.map((output) => [output.id, null]));
  return withRules(table, [...table.rules, { id: `rule-${n}`, then }]);
}

export function removeRule(table: DecisionTable, row: number): DecisionTable {
  return withRules(
    table,
    table.rules.filter((_, i) => i !== row),
  );
}

/** Moves a row up (-1) or down (+1): the order decides under FIRST and breaks ties under PRIORITY. */
export function moveRule(table: DecisionTable, row: number, by: -1 | 1): DecisionTable {
  const target = row + by;
  if (target < 0 || target >= table.rules.length) return table;
  const rules = [...table.rules];
  [rules[row], rules[target]] = [rules[target] as DecisionTableRule, rules[row] as DecisionTableRule];
  return withRules(table, rules);
}

/** The hit policy; `aggregation` only exists under COLLECT. */
export function setHitPolicy(table: DecisionTable, hitPolicy: HitPolicy): DecisionTable {
  const { aggregation, ...rest } = table;
  return hitPolicy === 'COLLECT' && aggregation ? { ...rest, hitPolicy, aggregation } : { ...rest, hitPolicy };
}

function renameKey<T>(record: Readonly<Record<string, T>> | undefined, from: string, to: string) {
  if (!record || !(from in record)) return record;
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key === from ? to : key, value]));
}

/** Changes an input column; a new id renames its entries in every row. */
export function updateInput(table: DecisionTable, index: number, input: DecisionTableInput): DecisionTable {
  const previous = table.inputs[index];
  const inputs = table.inputs.map((item, i) => (i === index ? input : item));
  const rules =
    previous && previous.id !== input.id
      ? table.rules.map((rule) => {
          const when = renameKey(rule.when, previous.id, input.id);
          return when ? { ...rule, when } : rule;
        })
      : table.rules;
  return { ...table, inputs, rules };
}

/** Changes an output column; a new id renames its values in every row. */
export function updateOutput(table: DecisionTable, index: number, output: DecisionTableOutput): DecisionTable {
  const previous = table.outputs[index];
  const outputs = table.outputs.map((item, i) => (i === index ? output : item));
  const rules =
    previous && previous.id !== output.id
      ? table.rules.map((rule) => ({ ...rule, then: renameKey(rule.then, previous.id, output.id) ?? {} }))
      : table.rules;
  return { ...table, outputs, rules };
}

export function addInput(table: DecisionTable, input: DecisionTableInput): DecisionTable {
  return { ...table, inputs: [...table.inputs, input] };
}

export function addOutput(table: DecisionTable, output: DecisionTableOutput): DecisionTable {
  return {
    ...table,
    outputs: [...table.outputs, output],
    rules: table.rules.map((rule) => ({ ...rule, then: { ...rule.then, [output.id]: null } })),
  };
}

/** Removes an input column and its entries in every row. */
export function removeInput(table: DecisionTable, index: number): DecisionTable {
  const removed = table.inputs[index];
  if (!removed) return table;
  return table.rules.reduce<DecisionTable>(
    (current, _rule, row) => setInputEntry(current, row, removed.id, undefined),
    { ...table, inputs: table.inputs.filter((_, i) => i !== index) },
  );
}

/** Removes an output column and its values in every row. */
export function removeOutput(table: DecisionTable, index: number): DecisionTable {
  const removed = table.outputs[index];
  if (!removed) return table;
  return {
    ...table,
    outputs: table.outputs.filter((_, i) => i !== index),
    rules: table.rules.map((rule) => {
      const { [removed.id]: _old, ...then } = rule.then;
      return { ...rule, then };
    }),
  };
}
