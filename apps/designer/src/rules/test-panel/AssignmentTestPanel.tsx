import {
  assign,
  type AssignmentOutcome,
  type AssignmentRequest,
  type AssignmentResult,
  type AssignmentStrategy,
} from '@anxin/rules';
import { Alert, Button, Space, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonInput, parseJsonText } from './JsonInput';
import { SAMPLE_ASSIGNMENT_REQUEST } from './sample-input';

function outcomeText(outcome: AssignmentOutcome, t: TFunction): string {
  switch (outcome.kind) {
    case 'assigned':
      return t(outcome.byFallback ? 'rules.test.assignedByFallback' : 'rules.test.assigned', {
        id: outcome.candidateId,
      });
    case 'escalated':
      return t('rules.test.escalated', { to: outcome.to ?? '—' });
    case 'unassigned':
      return t('rules.test.unassigned');
  }
}

/** The outcome and, step by step, who was removed and why (the trace's codes in the user's language). */
function AssignmentExplanation({ result }: { result: AssignmentResult }) {
  const { t } = useTranslation();
  if (!result.ok)
    return (
      <Alert
        type="error"
        showIcon
        data-testid="test-problems"
        title={t('rules.test.failed')}
        description={result.problems.map((problem) => `${problem.code} ${problem.path}: ${problem.message}`).join('\n')}
      />
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="test-result">
      <Typography.Title level={5} data-testid="test-output">
        {outcomeText(result.outcome, t)}
      </Typography.Title>
      <Timeline
        items={result.trace.map((entry) => ({
          color: entry.skipped ? 'gray' : entry.removed.length > 0 ? 'red' : 'green',
          content: (
            <>
              <Typography.Text strong>
                {entry.step === -1 ? t('rules.step.tieBreak') : `${entry.step + 1}. ${t(`rules.step.${entry.type}`)}`}
              </Typography.Text>
              {entry.skipped && <Typography.Text type="secondary"> {t('rules.test.skipped')}</Typography.Text>}
              {entry.removed.map((removal) => (
                <div key={removal.candidateId}>
                  {t('rules.test.removed', {
                    id: removal.candidateId,
                    reason: t(`rules.reason.${removal.reason}`),
                  })}
                  {removal.detail && <Typography.Text type="secondary"> ({removal.detail})</Typography.Text>}
                </div>
              ))}
              <div>{t('rules.test.kept', { ids: entry.kept.join(', ') || '—' })}</div>
            </>
          ),
        }))}
      />
    </Space>
  );
}

/** Runs the strategy on candidates and a ticket typed here, with the same `assign` the server runs. */
export function AssignmentTestPanel({ strategy }: { strategy: AssignmentStrategy }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(SAMPLE_ASSIGNMENT_REQUEST, null, 2));
  const [result, setResult] = useState<AssignmentResult | undefined>();
  const parsed = parseJsonText(text);
  const run = () => {
    if (!parsed.ok) return;
    const request = { ...(parsed.value as AssignmentRequest), env: { now: () => Date.now() } };
    setResult(assign(strategy, request));
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="test-panel">
      <Typography.Text type="secondary">{t('rules.test.assignmentHelp')}</Typography.Text>
      <JsonInput text={text} onChange={setText} testId="test-input" />
      <Button type="primary" data-testid="test-run" disabled={!parsed.ok} onClick={run}>
        {t('rules.test.run')}
      </Button>
      {result && <AssignmentExplanation result={result} />}
    </Space>
  );
}
