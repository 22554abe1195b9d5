import type { LocatedField } from '../definition/located-field.type';
import { headOf, rowColumnOf, ruleReferences } from '../definition/rule-references';
import type { FormDefinition, SectionField, SubFormField, ValueField } from '../model/form-definition.type';
import { pointer } from '../problems/form-problem.type';
import { dependencyOrder } from './dependency-order';
import { fieldRules, fieldSubjectOf } from './field-rules';
import type { FormPlan, PlanAggregate, PlanColumns, PlanField, PlanLayout, PlanNode } from './form-plan.type';

/** The rules that decide a value (and so must run after what they read): not `required`, checks or filters. */
function valueRules(def: ValueField): unknown[] {
  const rules: unknown[] = [
    def.visibleIf,
    'readOnlyIf' in def ? def.readOnlyIf : undefined,
    'default' in def ? def.default : undefined,
  ];
  if ('computed' in def) rules.push(def.computed);
  return rules.filter((rule) => rule !== undefined);
}

function planField(l: LocatedField, section: PlanLayout | undefined, columns: PlanColumns | undefined): PlanField {
  const def = l.field as ValueField;
  return {
    key: def.key,
    def,
    kind: l.kind,
    pointer: l.path,
    section,
    columns,
    rules: fieldRules(def),
    subject: fieldSubjectOf(def),
  };
}

function columnsOf(located: LocatedField, all: readonly LocatedField[]): PlanColumns {
  const declared: PlanField[] = all.filter((l) => l.subForm === located).map((l) => planField(l, undefined, undefined));
  const deps = new Map(
    declared.map((c) => [
      c.key,
      new Set(
        valueRules(c.def)
          .flatMap(ruleReferences)
          .flatMap((p) => rowColumnOf(p) ?? []),
      ),
    ]),
  );
  const { order, cycles } = dependencyOrder(
    declared.map((c) => c.key),
    deps,
  );
  const byKey = new Map(declared.map((c) => [c.key, c]));
  return { declared, order: order.flatMap((k) => byKey.get(k) ?? []), byKey, cycles };
}

/** Top-level keys the rules deciding a field's value read (for a sub-form: its columns' rules too). */
function topDependencies(field: PlanField): Set<string> {
  const rules = [...valueRules(field.def), field.section?.def.visibleIf];
  field.columns?.declared.forEach((c) => rules.push(...valueRules(c.def)));
  const heads = rules.flatMap(ruleReferences).map(headOf);
  return new Set(heads.filter((head) => !head.startsWith('$')));
}

function layoutOf(fields: readonly LocatedField[]): Map<LocatedField, PlanLayout> {
  const layout = new Map<LocatedField, PlanLayout>();
  for (const l of fields) {
    if (l.kind.holdsValue) continue;
    const section = l.section === undefined ? undefined : layout.get(l.section);
    layout.set(l, { key: l.field.key, def: l.field as SectionField, pointer: l.path, section });
  }
  return layout;
}

function aggregatesOf(field: PlanField): PlanAggregate[] {
  const def = field.def as SubFormField;
  return (def.aggregates ?? []).map((aggregate, i) => ({
    key: aggregate.key,
    def: aggregate,
    subForm: field,
    column: aggregate.field === undefined ? undefined : field.columns?.byKey.get(aggregate.field),
    pointer: pointer(field.pointer, 'aggregates', i),
  }));
}

/** Compiles the located fields of a shape-valid form into its evaluation plan. */
export function buildPlan(form: FormDefinition, located: readonly LocatedField[]): FormPlan {
  const layoutByField = layoutOf(located);
  const fields: PlanField[] = located
    .filter((l) => l.kind.holdsValue && l.place !== 'sub-form')
    .map((l) =>
      planField(
        l,
        l.section === undefined ? undefined : layoutByField.get(l.section),
        l.kind.type === 'sub-form' ? columnsOf(l, located) : undefined,
      ),
    );
  const aggregates = fields.flatMap(aggregatesOf);
  const nodes = new Map<string, PlanNode>([
    ...fields.map((field): [string, PlanNode] => [field.key, { kind: 'field', field }]),
    ...aggregates.map((aggregate): [string, PlanNode] => [aggregate.key, { kind: 'aggregate', aggregate }]),
  ]);
  const deps = new Map<string, ReadonlySet<string>>([
    ...fields.map((f): [string, Set<string>] => [f.key, topDependencies(f)]),
    ...aggregates.map((a): [string, Set<string>] => [a.key, new Set([a.subForm.key])]),
  ]);
  const { order, cycles } = dependencyOrder([...nodes.keys()], deps);
  return {
    form,
    fields,
    byKey: new Map(fields.map((f) => [f.key, f])),
    aggregates,
    layout: [...layoutByField.values()],
    order: order.flatMap((key) => nodes.get(key) ?? []),
    cycles,
    known: new Set(nodes.keys()),
  };
}
