import { Alert, Segmented, Space } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleGroupType } from 'react-querybuilder';
import { JsonRuleEditor } from './builder/JsonRuleEditor';
import { jsonLogicToQuery } from './builder/json-logic-to-query';
import { queryToJsonLogic } from './builder/query-to-json-logic';
import { sameJson } from './builder/same-json';
import { VisualRuleEditor } from './builder/VisualRuleEditor';
import type { JsonLogicRule, RuleBuilderProps, RuleField } from './rule-builder.types';

type Mode = 'visual' | 'json';

/** The fields as a stable value: parents often pass a fresh array with the same content on every render. */
function useStableFields(fields: readonly RuleField[]): readonly RuleField[] {
  const key = JSON.stringify(fields);
  // The content (key) decides, not the array's identity.
  return useMemo(() => fields, [key]);
}

/**
 * Edits a JSONLogic rule visually (react-querybuilder with antd: fields, operators, typed values, and/or/not
 * groups) or as JSON text (可视化 / JSON). A rule the visual builder cannot show exactly opens in JSON mode and
 * stays as it is: only a rule that converts to a query and back unchanged is shown visually.
 */
export function RuleBuilder({ value, onChange, fields: givenFields, readOnly = false, testId }: RuleBuilderProps) {
  const { t } = useTranslation();
  const fields = useStableFields(givenFields);
  const [query, setQuery] = useState<RuleGroupType | undefined>(() => jsonLogicToQuery(value, fields));
  const [mode, setMode] = useState<Mode>(() => (query ? 'visual' : 'json'));
  const queryRef = useRef(query);
  queryRef.current = query;

  // A new value from outside (another rule, a JSON edit): rebuild the query unless it already shows that value.
  useEffect(() => {
    const shown = queryRef.current;
    if (shown && sameJson(queryToJsonLogic(shown, fields), value)) return;
    const next = jsonLogicToQuery(value, fields);
    setQuery(next);
    if (!next) setMode('json');
  }, [value, fields]);

  const editQuery = (next: RuleGroupType) => {
    setQuery(next);
    const rule = queryToJsonLogic(next, fields);
    if (!sameJson(rule, value)) onChange(rule);
  };

  const editJson = (next: JsonLogicRule | undefined) => {
    onChange(next);
  };

  return (
    <div data-testid={testId} data-mode={mode} className="anxin-rule-builder">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Segmented<Mode>
          size="small"
          value={mode}
          onChange={setMode}
          options={[
            { value: 'visual', label: t('rules.mode.visual'), disabled: !query },
            { value: 'json', label: t('rules.mode.json') },
          ]}
        />
        {mode === 'visual' && query ? (
          <VisualRuleEditor query={query} onQueryChange={editQuery} fields={fields} disabled={readOnly} />
        ) : (
          <>
            {!query && <Alert type="info" showIcon title={t('rules.mode.jsonOnly')} data-testid="rule-json-only" />}
            <JsonRuleEditor value={value} onChange={editJson} readOnly={readOnly} />
          </>
        )}
      </Space>
    </div>
  );
}
