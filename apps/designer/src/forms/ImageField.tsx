import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../api/to-api-error';
import { FileThumbnail } from './FileThumbnail';
import { useSession } from './session-context';
import { uploadFile } from './upload-file';

interface Props {
  fieldKey: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  disabled: boolean;
  /** `image`: the camera first (`capture=environment`), images only; `file`: any accepted document. */
  kind: 'image' | 'file';
  maxCount?: number;
  accept?: readonly string[];
}

/** 现场照片: each picked or captured file is uploaded to `POST /files` at once; the field keeps the file ids. */
export function ImageField({ fieldKey, value, onChange, disabled, kind, maxCount = 9, accept }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    setBusy(true);
    setFailure(null);
    const ids = [...value];
    try {
      for (const file of Array.from(files).slice(0, Math.max(0, maxCount - ids.length))) {
        const purpose = kind === 'image' ? { purpose: 'image' as const } : {};
        ids.push((await uploadFile(session, file, { name: file.name, ...purpose })).id);
      }
    } catch (error) {
      setFailure(toApiError(error).message);
    } finally {
      onChange(ids);
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {value.map((id) => (
          <Space key={id} direction="vertical" size={0} align="center">
            {kind === 'image' ? <FileThumbnail id={id} /> : <Typography.Text code>{id.slice(0, 8)}</Typography.Text>}
            {!disabled && (
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={t('form.remove')}
                onClick={() => onChange(value.filter((other) => other !== id))}
              />
            )}
          </Space>
        ))}
      </Space>
      {!disabled && value.length < maxCount && (
        <Button icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>
          {busy ? t('form.uploading') : t('form.upload')}
        </Button>
      )}
      <input
        ref={input}
        type="file"
        style={{ display: 'none' }}
        multiple={maxCount - value.length > 1}
        accept={kind === 'image' ? 'image/*' : accept?.join(',')}
        {...(kind === 'image' ? { capture: 'environment' as const } : {})}
        data-testid={`upload-${fieldKey}`}
        onChange={(event) => void upload(event.target.files)}
      />
      {failure && <Typography.Text type="danger">{t('form.uploadFailed', { message: failure })}</Typography.Text>}
    </Space>
  );
}
