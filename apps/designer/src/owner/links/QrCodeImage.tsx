import { Alert, Skeleton } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  text: string;
  alt: string;
  /** The PNG as a data: URL once drawn (for the download link). */
  onDrawn?: (png: string) => void;
}

/** How the codes are drawn: 240 px, a quiet zone of 2 modules, error correction M (survives a smudged poster). */
export const QR_OPTIONS = { width: 240, margin: 2, errorCorrectionLevel: 'M' } as const;

type Drawn = { text: string; png: string } | { text: string; error: string };

/** A QR code of `text`, drawn by `qrcode` to a PNG data: URL and shown as an image. */
export function QrCodeImage({ text, alt, onDrawn }: Props) {
  const { t } = useTranslation();
  const [drawn, setDrawn] = useState<Drawn | null>(null);

  useEffect(() => {
    let current = true;
    QRCode.toDataURL(text, QR_OPTIONS).then(
      (png) => {
        if (!current) return;
        setDrawn({ text, png });
        onDrawn?.(png);
      },
      (error: unknown) => current && setDrawn({ text, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [text, onDrawn]);

  if (!drawn || drawn.text !== text) return <Skeleton.Image active />;
  if ('error' in drawn)
    return <Alert type="error" showIcon message={t('repairLinks.qrFailed', { message: drawn.error })} />;
  return <img src={drawn.png} alt={alt} width={240} height={240} data-testid="qr-image" />;
}
