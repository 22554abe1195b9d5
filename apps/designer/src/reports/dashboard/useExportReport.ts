import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { useSession } from '../../forms/session-context';
import { fileObjectUrl } from '../../forms/upload-file';
import { EXPORT_REPORT } from '../reports.operations';

/** Saves a blob: URL as a file named `name` (the browser's download). */
function saveAs(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has read the blob by the next turn of the event loop.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * `exportReport(format: XLSX)`, then the file it stored, fetched with the token (`GET /files/:id`) and saved.
 * Errors are shown: the mutation's by the error link, the download's here.
 */
export function useExportReport(): { exportReport: (key: string, params?: unknown) => Promise<void>; exporting: string | null } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const [mutate] = useMutation(EXPORT_REPORT);
  const [exporting, setExporting] = useState<string | null>(null);

  const exportReport = async (key: string, params?: unknown) => {
    setExporting(key);
    try {
      // A refused export is shown by the error link; only the download's failure is told here.
      const { data } = await mutate({ variables: { key, format: 'XLSX', params } }).catch(() => ({ data: undefined }));
      if (!data) return;
      const file = data.exportReport;
      try {
        saveAs(await fileObjectUrl(session, file.fileId), file.name);
        void message.success(t('dashboard.exported', { rows: file.rowCount, name: file.name }));
      } catch (error) {
        void message.error(t(errorMessageKey(toApiError(error))));
      }
    } finally {
      setExporting(null);
    }
  };
  return { exportReport, exporting };
}
