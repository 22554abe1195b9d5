import { CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox } from 'antd';
import type { ActionProps, NotToggleProps } from 'react-querybuilder';

/** 取反 as a labelled checkbox (antd's switch for it shows a bare "=" when off). */
export function BuilderNotToggle({ checked, handleOnChange, label, title, disabled }: NotToggleProps) {
  return (
    <Checkbox
      checked={!!checked}
      disabled={disabled}
      title={title}
      onChange={(event) => handleOnChange(event.target.checked)}
    >
      {label}
    </Checkbox>
  );
}

/** Removing a condition or a group: a quiet icon button rather than a primary one on every row. */
export function BuilderRemoveAction({ handleOnClick, title, disabled }: ActionProps) {
  return (
    <Button
      size="small"
      type="text"
      danger
      icon={<CloseOutlined />}
      title={title}
      aria-label={title}
      disabled={disabled}
      onClick={(event) => handleOnClick(event)}
    />
  );
}
