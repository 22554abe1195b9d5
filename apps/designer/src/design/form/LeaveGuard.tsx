import { Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before leaving while `dirty`: a link or back inside the app asks in this dialog (react-router's blocker),
 * closing or reloading the tab through the browser's own `beforeunload` prompt (whose text is the browser's).
 */
export function LeaveGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('formDesigner.leaveConfirm')}
      okText={t('formDesigner.leave')}
      cancelText={t('formDesigner.stay')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      data-testid="leave-dialog"
    >
      {t('formDesigner.leaveDetail')}
    </Modal>
  );
}
