import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { toApiError } from '../api/to-api-error';
import { FileThumbnail } from './FileThumbnail';
import { useSession } from './session-context';
import { uploadFile } from './upload-file';

interface Props {
  fieldKey: string;
  value: string | null;
  onChange: (value: string | null) => void;
  disabled: boolean;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('empty canvas'))), 'image/png'),
  );
}

/** 业主签字: drawn with signature_pad, uploaded as a PNG; the field keeps the file id. */
export function SignatureField({ fieldKey, value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (value || disabled || !canvas.current) return;
    const element = canvas.current;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')?.scale(ratio, ratio);
    pad.current = new SignaturePad(element, { backgroundColor: 'rgb(255,255,255)' });
    return () => pad.current?.off();
  }, [value, disabled]);

  const save = async () => {
    if (!canvas.current || !pad.current || pad.current.isEmpty()) return;
    setBusy(true);
    setFailure(null);
    try {
      const blob = await canvasBlob(canvas.current);
      onChange((await uploadFile(session, blob, { name: `${fieldKey}.png`, purpose: 'image' })).id);
    } catch (error) {
      setFailure(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  if (value) {
    return (
      <Space>
        <FileThumbnail id={value} size={120} />
        <Typography.Text type="success">{t('form.signed')}</Typography.Text>
        {!disabled && <Button onClick={() => onChange(null)}>{t('form.signClear')}</Button>}
      </Space>
    );
  }
  if (disabled) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <canvas
        ref={canvas}
        data-testid={`signature-${fieldKey}`}
        aria-label={t('form.sign')}
        style={{ width: '100%', height: 160, border: '1px dashed #d9d9d9', borderRadius: 8, touchAction: 'none' }}
      />
      <Space>
        <Button onClick={() => pad.current?.clear()}>{t('form.signClear')}</Button>
        <Button type="primary" ghost loading={busy} onClick={() => void save()}>
          {t('form.signSave')}
        </Button>
      </Space>
      {failure && <Typography.Text type="danger">{t('form.uploadFailed', { message: failure })}</Typography.Text>}
    </Space>
  );
}
