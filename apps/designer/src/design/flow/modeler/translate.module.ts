import { i18n } from '../../../i18n/i18n';
import { BPMN_JS_ZH_CN } from './bpmn-js-zh-cn';

type Replacements = Readonly<Record<string, string>>;

/**
 * bpmn-js' `translate` service in the app's language (read at each call: the header's switch applies to whatever
 * bpmn-js draws next). `{name}` placeholders are filled as bpmn-js' own translate does.
 */
export function translateTemplate(template: string, replacements: Replacements = {}): string {
  const text = i18n.language === 'en' ? template : (BPMN_JS_ZH_CN[template] ?? template);
  return text.replace(/{([^}]+)}/g, (_, key: string) => replacements[key] ?? `{${key}}`);
}

export const translateModule = { translate: ['value', translateTemplate] };
