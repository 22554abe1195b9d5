import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AssignmentStep, INITIATOR, isCompleteStep, isVariableName } from './assignment-step';

type Kind = AssignmentStep['kind'];

/** A variable name from the task's id: `fix-leak` → `fix_leakAssignee`. */
export function defaultVariable(taskId: string): string {
  const base = taskId.replace(/[^\w$]/g, '_');
  return `${/^[A-Za-z_$]/.test(base) ? base : `_${base}`}Assignee`;
}

/**
 * 上级领导（第 N 级） / 分派策略: what to look the assignee up with, then 插入 — the panel inserts the service task
 * before the user task (one command). `userVariables` are the process's text variables (whose manager to find).
 */
export function AssignmentStepEditor(props: {
  taskId: string;
  strategies: readonly { key: string; name: string }[];
  userVariables: readonly string[];
  onInsert: (step: AssignmentStep) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind | undefined>(undefined);
  const [levels, setLevels] = useState(1);
  const [ofVariable, setOfVariable] = useState(INITIATOR);
  const [strategy, setStrategy] = useState<string | undefined>(undefined);
  const [projectVariable, setProjectVariable] = useState<string | undefined>(undefined);
  const [variable, setVariable] = useState(() => defaultVariable(props.taskId));
  const variableOptions = props.userVariables.map((name) => ({ value: name, label: name }));

  const step: AssignmentStep | undefined =
    kind === 'manager'
      ? { kind, levels, ofVariable, variable }
      : kind === 'strategy'
        ? { kind, strategy: strategy ?? '', variable, ...(projectVariable ? { projectVariable } : {}) }
        : undefined;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="assignment-step">
      <div className="anxin-panel-hint">{t('panel.step.hint')}</div>
      <Select
        style={{ width: '100%' }}
        placeholder={t('panel.step.kind')}
        value={kind}
        onChange={setKind}
        data-testid="assignment-step-kind"
        options={[
          { value: 'manager', label: t('panel.step.manager') },
          { value: 'strategy', label: t('panel.step.strategy') },
        ]}
      />
      {kind === 'manager' && (
        <Space.Compact block>
          <Select
            style={{ width: '60%' }}
            value={ofVariable}
            onChange={setOfVariable}
            data-testid="assignment-step-of"
            options={[{ value: INITIATOR, label: t('panel.step.initiator') }, ...variableOptions]}
          />
          <InputNumber
            style={{ width: '40%' }}
            min={1}
            max={20}
            precision={0}
            value={levels}
            onChange={(value) => setLevels(value ?? 1)}
            suffix={t('panel.step.levels')}
            data-testid="assignment-step-levels"
          />
        </Space.Compact>
      )}
      {kind === 'strategy' && (
        <>
          <Select
            style={{ width: '100%' }}
            placeholder={t('panel.step.chooseStrategy')}
            value={strategy}
            onChange={setStrategy}
            data-testid="assignment-step-strategy"
            options={props.strategies.map((s) => ({ value: s.key, label: `${s.name} (${s.key})` }))}
          />
          <Select
            allowClear
            style={{ width: '100%' }}
            placeholder={t('panel.step.projectVariable')}
            value={projectVariable}
            onChange={setProjectVariable}
            options={variableOptions}
          />
        </>
      )}
      {step && (
        <>
          <div>{t('panel.step.variable')}</div>
          <Input
            value={variable}
            onChange={(event) => setVariable(event.target.value.trim())}
            status={isVariableName(variable) ? undefined : 'error'}
            data-testid="assignment-step-variable"
          />
          <Button
            type="primary"
            size="small"
            disabled={!isCompleteStep(step)}
            onClick={() => props.onInsert(step)}
            data-testid="assignment-step-insert"
          >
            {t('panel.step.insert')}
          </Button>
        </>
      )}
    </Space>
  );
}
