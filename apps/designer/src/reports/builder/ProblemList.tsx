import { Alert, List, Typography } from 'antd';

export interface ShownProblem {
  code: string;
  path: string;
  message: string;
  severity: string;
}

/** Problems of a definition as the engine and the server report them (`path` a JSON Pointer, English messages). */
export function ProblemList({ title, problems, testId }: { title: string; problems: readonly ShownProblem[]; testId?: string }) {
  if (problems.length === 0) return null;
  const errors = problems.some((p) => p.severity === 'error');
  return (
    <Alert
      data-testid={testId}
      type={errors ? 'error' : 'warning'}
      showIcon
      message={title}
      description={
        <List
          size="small"
          dataSource={[...problems]}
          renderItem={(problem) => (
            <List.Item data-problem={problem.code}>
              <Typography.Text code>{problem.path || '/'}</Typography.Text> {problem.message}{' '}
              <Typography.Text type="secondary">({problem.code})</Typography.Text>
            </List.Item>
          )}
        />
      }
    />
  );
}
