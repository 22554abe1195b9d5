import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionProblem } from '../flow.operations';

const COLORS: Readonly<Record<string, string>> = { error: 'red', warning: 'orange', info: 'blue' };

/** The problems of the last validation; a click on one that names an element selects it on the diagram. */
export function ProblemList(props: {
  problems: readonly DefinitionProblem[] | null;
  onSelect: (elementId: string) => void;
}) {
  const { t } = useTranslation();
  if (props.problems === null) return null;
  if (props.problems.length === 0)
    return <Alert type="success" showIcon message={t('flow.valid')} data-testid="flow-valid" />;
  return (
    <List
      size="small"
      bordered
      data-testid="flow-problems"
      header={t('flow.problems', { count: String(props.problems.length) })}
      dataSource={[...props.problems]}
      renderItem={(problem) => (
        <List.Item
          data-element-id={problem.elementId ?? ''}
          style={{ cursor: problem.elementId ? 'pointer' : 'default' }}
          onClick={() => problem.elementId && props.onSelect(problem.elementId)}
        >
          <Tag color={COLORS[problem.severity] ?? 'default'}>
            {t(
              `flow.severity.${problem.severity === 'error' || problem.severity === 'warning' ? problem.severity : 'info'}`,
            )}
          </Tag>
          <Typography.Text code>{problem.elementId ?? t('flow.process')}</Typography.Text> {problem.message}{' '}
          <Typography.Text type="secondary">({problem.code})</Typography.Text>
        </List.Item>
      )}
    />
  );
}
