import { textOf, type ModdleElement } from '../moddle-element';
import { report, type ReadContext } from './read-context';

export interface ExpressionInput {
  readonly expression: ModdleElement;
  readonly elementId: string;
  readonly path: string;
}

/** The `language` of an expression: the property of a tFormalExpression, or the raw attribute of a plain one. */
function languageOf(expression: ModdleElement): string | undefined {
  const raw = textOf(expression, 'language') ?? expression.$attrs?.['language'];
  return typeof raw === 'string' ? raw.trim() : undefined;
}

/** True when the expression is JSONLogic (`language="jsonlogic"` or no language); otherwise reports `rule.invalid`. */
export function readExpressionLanguage({ expression, elementId, path }: ExpressionInput, ctx: ReadContext): boolean {
  const language = languageOf(expression);
  if (language === undefined || language === '' || language.toLowerCase() === 'jsonlogic') return true;
  const message = `Expression language "${language}" is not supported; write a JSONLogic rule with language="jsonlogic".`;
  report(ctx, { code: 'rule.invalid', elementId, path, message });
  return false;
}
