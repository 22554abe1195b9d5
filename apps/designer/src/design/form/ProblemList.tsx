import type { FormDefinition } from '@anxin/form-engine';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pointerTarget, type PointedProblem } from './model/problem-locations';

interface Props {
  form: FormDefinition;
  problems: readonly PointedProblem[];
  onSelect: (key: string | undefined) => void;
}

/** The definition's problems (checkForm's and the server's), each at its field: a click selects the field. */
export function ProblemList({ form, problems, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid="problem-list"
      header={<Typography.Text strong>{t('formDesigner.problems')}</Typography.Text>}
      locale={{ emptyText: t('formDesigner.problemsNone') }}
      dataSource={[...problems]}
      renderItem={(problem) => {
        const target = pointerTarget(form, problem.path);
        return (
          <List.Item
            style={{ cursor: target.fieldKey ? 'pointer' : undefined }}
            data-problem-code={problem.code}
            onClick={() => onSelect(target.fieldKey)}
          >
            <Tag color={problem.severity === 'error' ? 'red' : 'orange'}>{problem.code}</Tag>
            <Typography.Text code>{target.fieldKey ?? t('formDesigner.problemAtForm')}</Typography.Text>
            {target.property && <Typography.Text type="secondary"> {target.property}</Typography.Text>}{' '}
            {problem.message}
          </List.Item>
        );
      }}
    />
  );
}
