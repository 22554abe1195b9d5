import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PICKER_USERS } from '../../forms/form-data.operations';

interface Props {
  multiple?: boolean;
  value?: string | string[];
  onChange?: (value: string | string[]) => void;
  testId: string;
}

/** Picks users from the API's `users` picker (staff sharing a project with the caller), searched by name. */
export function UserSelect({ multiple = false, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading } = useQuery(PICKER_USERS, { variables: { limit: 50, ...(search ? { search } : {}) } });
  // Work goes to staff: owners share the project but never take a task over.
  const staff = (data?.users.items ?? []).filter((user) => user.roles.some((role) => role !== 'OWNER'));
  const options = staff.map((user) => ({
    value: user.id,
    label: user.displayName,
  }));
  return (
    <Select
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      onChange={(next: string | string[]) => onChange?.(next)}
      options={options}
      loading={loading}
      placeholder={t('action.searchUser')}
      showSearch={{ filterOption: false, onSearch: setTyped }}
    />
  );
}
