import type { AssignmentFallback, AssignmentStepType, AssignmentStrategy } from '@anxin/rules';
import { Alert, Card, Form, Input, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DefinitionProblem, problemsAt } from '../definition-problem.type';
import { MoveRemoveActions } from '../shared/MoveRemoveActions';
import { addStep, fallbackFor, moveStep, removeStep, replaceStep, STEP_TYPES } from './assignment-edits';
import { StepEditor } from './StepEditor';

export interface AssignmentStrategyEditorProps {
  strategy: AssignmentStrategy;
  onChange: (strategy: AssignmentStrategy) => void;
  problems?: readonly DefinitionProblem[];
  readOnly?: boolean;
}

const POLICIES: readonly AssignmentFallback['policy'][] = ['escalate', 'assignTo', 'leaveUnassigned'];

/**
 * An assignment strategy: its steps in order (filters, then choosers), each a card with its settings and the
 * problems `validateDefinition` found at `/steps/<n>`; then what happens when nobody is left.
 */
export function AssignmentStrategyEditor({
  strategy,
  onChange,
  problems = [],
  readOnly = false,
}: AssignmentStrategyEditorProps) {
  const { t } = useTranslation();
  const fallback = strategy.fallback;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="assignment-editor">
      {strategy.steps.map((step, index) => {
        const found = problemsAt(problems, `/steps/${index}`);
        return (
          <Card
            key={index}
            size="small"
            title={
              <Space>
                <Tag>{index + 1}</Tag>
                {t(`rules.step.${step.type}`)}
              </Space>
            }
            extra={
              <MoveRemoveActions
                index={index}
                count={strategy.steps.length}
                disabled={readOnly}
                onMove={(by) => onChange(moveStep(strategy, index, by))}
                onRemove={() => onChange(removeStep(strategy, index))}
                removeLabel="rules.assignment.removeStep"
              />
            }
          >
            <StepEditor
              step={step}
              testId={`step-${index}`}
              disabled={readOnly}
              onChange={(next) => onChange(replaceStep(strategy, index, next))}
            />
            {found.map((problem) => (
              <Alert
                key={`${problem.path}-${problem.code}`}
                style={{ marginTop: 8 }}
                type={problem.severity === 'error' ? 'error' : 'warning'}
                showIcon
                title={`${problem.code}: ${problem.message}`}
              />
            ))}
          </Card>
        );
      })}
      <Select<AssignmentStepType>
        style={{ width: 220 }}
        placeholder={t('rules.assignment.addStep')}
        value={null}
        disabled={readOnly}
        options={STEP_TYPES.map((type) => ({ value: type, label: t(`rules.step.${type}`) }))}
        onChange={(type) => onChange(addStep(strategy, type))}
      />
      <Card size="small" title={t('rules.assignment.fallback')}>
        <Form layout="inline" size="small">
          <Form.Item label={t('rules.assignment.policy')}>
            <Select<AssignmentFallback['policy']>
              style={{ width: 160 }}
              value={fallback.policy}
              disabled={readOnly}
              options={POLICIES.map((policy) => ({ value: policy, label: t(`rules.fallback.${policy}`) }))}
              onChange={(policy) => onChange({ ...strategy, fallback: fallbackFor(policy, fallback) })}
            />
          </Form.Item>
          {fallback.policy === 'escalate' && (
            <Form.Item label={t('rules.assignment.escalateTo')}>
              <Input
                value={fallback.to ?? ''}
                disabled={readOnly}
                onChange={(event) =>
                  onChange({
                    ...strategy,
                    fallback:
                      event.target.value === ''
                        ? { policy: 'escalate' }
                        : { policy: 'escalate', to: event.target.value },
                  })
                }
              />
            </Form.Item>
          )}
          {fallback.policy === 'assignTo' && (
            <Form.Item label={t('rules.assignment.candidateId')}>
              <Input
                value={fallback.candidateId}
                disabled={readOnly}
                onChange={(event) =>
                  onChange({ ...strategy, fallback: { policy: 'assignTo', candidateId: event.target.value } })
                }
              />
            </Form.Item>
          )}
        </Form>
      </Card>
    </Space>
  );
}
