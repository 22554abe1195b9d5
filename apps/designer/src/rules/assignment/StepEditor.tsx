import type { AssignmentStep, AssignmentStepType } from '@anxin/rules';
import { Form, Input, Segmented, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonValueInput } from '../shared/JsonValueInput';
import { changeStepType, STEP_TYPES } from './assignment-edits';

interface StepEditorProps {
  step: AssignmentStep;
  onChange: (step: AssignmentStep) => void;
  disabled: boolean;
  testId: string;
}

type ListStep = Extract<AssignmentStep, { type: 'requireSkills' | 'inTeams' }>;

/** Skills or teams: a fixed list, or a rule over the ticket that yields the names (`{"var": "skill"}`). */
function ListSource({ step, onChange, disabled }: Omit<StepEditorProps, 'testId'> & { step: ListStep }) {
  const { t } = useTranslation();
  const listKey = step.type === 'requireSkills' ? 'skills' : 'teams';
  const ruleKey = step.type === 'requireSkills' ? 'skillsRule' : 'teamsRule';
  const record = step as unknown as Record<string, unknown>;
  const byRule = record[ruleKey] !== undefined;
  const { [listKey]: _list, [ruleKey]: _rule, ...rest } = record;
  return (
    <>
      <Form.Item label={t(step.type === 'requireSkills' ? 'rules.assignment.skills' : 'rules.assignment.teams')}>
        <Segmented
          size="small"
          value={byRule ? 'rule' : 'list'}
          disabled={disabled}
          options={[
            { value: 'list', label: t('rules.assignment.fixedList') },
            { value: 'rule', label: t('rules.assignment.byRule') },
          ]}
          onChange={(source) =>
            onChange({
              ...rest,
              ...(source === 'rule' ? { [ruleKey]: { var: '' } } : { [listKey]: [] }),
            } as unknown as ListStep)
          }
        />
      </Form.Item>
      <Form.Item>
        {byRule ? (
          <JsonValueInput
            value={record[ruleKey] as never}
            disabled={disabled}
            onChange={(rule) => onChange({ ...rest, [ruleKey]: rule } as unknown as ListStep)}
          />
        ) : (
          <Select<string[]>
            size="small"
            mode="tags"
            style={{ minWidth: 200 }}
            value={(record[listKey] as string[] | undefined) ?? []}
            disabled={disabled}
            onChange={(names) => onChange({ ...rest, [listKey]: names } as unknown as ListStep)}
          />
        )}
      </Form.Item>
    </>
  );
}

/** One step of a strategy: its type, its settings and a description for the audit log's readers. */
export function StepEditor({ step, onChange, disabled, testId }: StepEditorProps) {
  const { t } = useTranslation();
  const soft = 'soft' in step || ['requireSkills', 'inTeams', 'onDutyOnly', 'underCapacity'].includes(step.type);
  return (
    <Form layout="inline" size="small" data-testid={testId} style={{ rowGap: 8 }}>
      <Form.Item label={t('rules.assignment.stepType')}>
        <Select<AssignmentStepType>
          style={{ width: 170 }}
          value={step.type}
          disabled={disabled}
          options={STEP_TYPES.map((type) => ({ value: type, label: t(`rules.step.${type}`) }))}
          onChange={(type) => onChange(changeStepType(step, type))}
        />
      </Form.Item>
      {(step.type === 'requireSkills' || step.type === 'inTeams') && (
        <ListSource step={step} onChange={onChange} disabled={disabled} />
      )}
      {step.type === 'requireSkills' && (
        <Form.Item label={t('rules.assignment.match')}>
          <Select<'all' | 'any'>
            style={{ width: 110 }}
            value={step.match ?? 'all'}
            disabled={disabled}
            options={[
              { value: 'all', label: t('rules.assignment.matchAll') },
              { value: 'any', label: t('rules.assignment.matchAny') },
            ]}
            onChange={(match) => onChange({ ...step, match })}
          />
        </Form.Item>
      )}
      {step.type === 'leastLoaded' && (
        <Form.Item label={t('rules.assignment.measure')}>
          <Select<'openTasks' | 'utilisation'>
            style={{ width: 150 }}
            value={step.measure ?? 'openTasks'}
            disabled={disabled}
            options={[
              { value: 'openTasks', label: t('rules.assignment.openTasks') },
              { value: 'utilisation', label: t('rules.assignment.utilisation') },
            ]}
            onChange={(measure) => onChange({ ...step, measure })}
          />
        </Form.Item>
      )}
      {step.type === 'roundRobin' && (
        <Form.Item label={t('rules.assignment.cursor')} tooltip={t('rules.assignment.cursorHelp')}>
          <Input
            value={step.cursor ?? ''}
            disabled={disabled}
            onChange={(event) => {
              const { cursor: _old, ...rest } = step;
              onChange(event.target.value === '' ? rest : { ...rest, cursor: event.target.value });
            }}
          />
        </Form.Item>
      )}
      {soft && (
        <Form.Item label={t('rules.assignment.soft')} tooltip={t('rules.assignment.softHelp')}>
          <Switch
            checked={(step as { soft?: boolean }).soft === true}
            disabled={disabled}
            onChange={(on) => {
              const { soft: _old, ...rest } = step as AssignmentStep & { soft?: boolean };
              onChange((on ? { ...rest, soft: true } : rest) as AssignmentStep);
            }}
          />
        </Form.Item>
      )}
      <Form.Item label={t('rules.assignment.description')} style={{ flex: 1, minWidth: 200 }}>
        <Input
          value={step.description ?? ''}
          disabled={disabled}
          onChange={(event) => {
            const { description: _old, ...rest } = step;
            onChange(event.target.value === '' ? rest : { ...rest, description: event.target.value });
          }}
        />
      </Form.Item>
    </Form>
  );
}
