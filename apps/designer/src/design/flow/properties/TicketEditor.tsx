import { Input, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mapping } from './flow-properties';
import { MappingsEditor } from './MappingsEditor';
import type { TicketSpec } from './process-properties';

const EMPTY: TicketSpec = { prefix: '', statuses: '', completedStatus: '', revokedStatus: '', projections: [] };

/**
 * 工单: whether instances are tickets (`<anxin:ticket>`), their number prefix, the statuses dictionary, the
 * completed and revoked statuses, and the projected fields (a rule each). Texts are written when they lose focus.
 */
export function TicketEditor(props: {
  ticket: TicketSpec | undefined;
  dictionaries: readonly string[];
  onChange: (next: TicketSpec | undefined) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TicketSpec>(props.ticket ?? EMPTY);
  useEffect(() => setDraft(props.ticket ?? EMPTY), [props.ticket]);
  const text = (name: 'prefix' | 'completedStatus' | 'revokedStatus') => (
    <div key={name}>
      <div>{t(`panel.ticket.${name}`)}</div>
      <Input
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        onBlur={() => props.onChange(draft)}
        data-testid={`ticket-${name}`}
      />
    </div>
  );
  const projections: Mapping[] = draft.projections.map((p) => ({ target: p.field, body: p.body }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="process-ticket">
      <Space>
        <Switch
          checked={props.ticket !== undefined}
          onChange={(on) => props.onChange(on ? draft : undefined)}
          data-testid="ticket-enabled"
        />
        {t('panel.ticket.enabled')}
      </Space>
      {props.ticket && (
        <>
          {text('prefix')}
          <div>
            <div>{t('panel.ticket.statuses')}</div>
            <Select
              allowClear
              style={{ width: '100%' }}
              value={draft.statuses || undefined}
              onChange={(statuses?: string) => props.onChange({ ...draft, statuses: statuses ?? '' })}
              options={[...new Set([...props.dictionaries, ...(draft.statuses ? [draft.statuses] : [])])].map(
                (key) => ({ value: key, label: key }),
              )}
            />
          </div>
          {text('completedStatus')}
          {text('revokedStatus')}
          <div>{t('panel.ticket.projections')}</div>
          <MappingsEditor
            mappings={projections}
            testId="ticket-projections"
            onChange={(next) =>
              props.onChange({ ...draft, projections: next.map((m) => ({ field: m.target, body: m.body })) })
            }
          />
        </>
      )}
    </Space>
  );
}
