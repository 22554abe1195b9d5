import { type FormDefinition, type Locale, textIn } from '@anxin/form-engine';
import { Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { fieldsOf } from './process-variables';
import { FIELD_PERMISSIONS, type FieldPermission } from './user-task-properties';

/** 字段权限: each field of the bound form, with the node's permission (default: the form's own). */
export function FieldPermissionsEditor(props: {
  form: FormDefinition;
  permissions: Readonly<Record<string, FieldPermission>>;
  locale: Locale;
  onChange: (field: string, permission: FieldPermission | undefined) => void;
}) {
  const { t } = useTranslation();
  const rows = fieldsOf(props.form).filter((field) => field.type !== 'divider');
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      data-testid="field-permissions"
      dataSource={rows}
      columns={[
        { title: t('panel.fieldPermissions'), render: (_, field) => textIn(field.label, props.locale) || field.key },
        {
          width: 110,
          render: (_, field) => (
            <Select
              size="small"
              style={{ width: 100 }}
              data-testid={`permission-${field.key}`}
              value={props.permissions[field.key] ?? ''}
              onChange={(value: string) =>
                props.onChange(field.key, value === '' ? undefined : (value as FieldPermission))
              }
              options={[
                { value: '', label: t('panel.permission.default') },
                ...FIELD_PERMISSIONS.map((permission) => ({
                  value: permission,
                  label: t(`panel.permission.${permission}`),
                })),
              ]}
            />
          ),
        },
      ]}
    />
  );
}
