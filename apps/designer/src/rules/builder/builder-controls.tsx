import { CloseOutlined } from '@ant-design/icons';
import { Button, Checkbox } from 'antd';
import type { ActionProps, NotToggleProps } from 'react-querybuilder';

/** 取反 as a labelled checkbox (antd's switch for it shows a bare "=" when off). */
export function BuilderNotToggle(props: NotToggleProps) {
  return (
    <Checkbox
      checked={!!props.checked}
      disabled={props.disabled}
      title={props.title}
      onChange={(event) => props.handleOnChange(event.target.checked)}
    >
      {props.label}
    </Checkbox>
  );
}

/** Removing a condition or a group: a quiet icon button rather than a primary one on every row. */
export function BuilderRemoveAction(props: ActionProps) {
  return (
    <Button
      size="small"
      type="text"
      danger
      icon={<CloseOutlined />}
      title={props.title}
      aria-label={props.title}
      disabled={props.disabled}
      onClick={(event) => props.handleOnClick(event)}
    />
  );
}
