export const rulesZh = {
  'rules.invalidJson': '不是有效的 JSON：{{message}}',
  'rules.notARule': '规则必须是 JSONLogic 对象或 true/false',
} as const;

export const rulesEn: Record<keyof typeof rulesZh, string> = {
  'rules.invalidJson': 'Not valid JSON: {{message}}',
  'rules.notARule': 'A rule is a JSONLogic object or true/false',
};
