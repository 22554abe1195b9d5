import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DefinitionProblem } from '../definition-problem.type';
import { problemLocation } from './problem-location';

interface ProblemListProps {
  problems: readonly DefinitionProblem[];
  definition: unknown;
  validating: boolean;
}

/** What `validateDefinition` says about the draft, each problem with where it is. */
export function ProblemList({ problems, definition, validating }: ProblemListProps) {
  const { t } = useTranslation();
  if (problems.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="definition-problems" data-count={0}>
        {validating ? t('rules.page.validating') : t('rules.page.noProblems')}
      </Typography.Text>
    );
  return (
    <Alert
      type={problems.some((problem) => problem.severity === 'error') ? 'error' : 'warning'}
      data-testid="definition-problems"
      data-count={problems.length}
      message={t('rules.page.problems', { count: problems.length })}
      description={
        <List
          size="small"
          dataSource={[...problems]}
          renderItem={(problem) => (
            <List.Item data-path={problem.path}>
              <Tag color={problem.severity === 'error' ? 'red' : 'gold'}>{problem.code}</Tag>
              <Typography.Text strong>{problemLocation(problem.path, definition, t)}</Typography.Text>
              {'：'}
              {problem.message}
            </List.Item>
          )}
        />
      }
    />
  );
}
