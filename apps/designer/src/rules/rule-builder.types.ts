/** A JSONLogic rule as the rules library evaluates it (`@anxin/rules`). */
export type JsonLogicRule = Record<string, unknown> | boolean;

/** How a field's values are compared and entered in the rule builder. */
export type RuleFieldType = 'text' | 'number' | 'money' | 'boolean' | 'date' | 'datetime' | 'select' | 'multiselect';

/** One variable a rule may test: `name` is the `var` path (`estimatedCost`, `data.urgency`). */
export interface RuleField {
  name: string;
  label: string;
  type: RuleFieldType;
  options?: readonly { value: string; label: string }[];
}

/** The contract of every rule editor of the designer (flows, forms, decision tables, reports). */
export interface RuleBuilderProps {
  value: JsonLogicRule | undefined;
  onChange: (value: JsonLogicRule | undefined) => void;
  fields: readonly RuleField[];
  readOnly?: boolean;
  /** data-testid of the editor's root, for browser tests. */
  testId?: string;
}
