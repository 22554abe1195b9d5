/** UI strings; every key exists in both languages (checked by the type). */
export const zhCN = {
  'app.title': '安心 · 物业售后工作流',
  'status.title': '系统状态',
  'status.server': '服务',
  'status.database': '数据库',
  'status.version': '版本',
  'status.installation': '安装编号',
  'status.installedAt': '安装时间',
  'status.ok': '正常',
  'status.unavailable': '不可用',
  'status.loading': '正在检查…',
  'status.error': '无法连接服务：{{message}}',
  'status.refresh': '刷新',
  'language.label': '语言',
} as const;

export type MessageKey = keyof typeof zhCN;

export const en: Record<MessageKey, string> = {
  'app.title': 'Anxin · property after-sales workflows',
  'status.title': 'System status',
  'status.server': 'Server',
  'status.database': 'Database',
  'status.version': 'Version',
  'status.installation': 'Installation',
  'status.installedAt': 'Installed at',
  'status.ok': 'OK',
  'status.unavailable': 'Unavailable',
  'status.loading': 'Checking…',
  'status.error': 'Cannot reach the server: {{message}}',
  'status.refresh': 'Refresh',
  'language.label': 'Language',
};
