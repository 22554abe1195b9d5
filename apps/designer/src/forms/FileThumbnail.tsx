import { Image } from 'antd';
import { useEffect, useState } from 'react';
import { fileObjectUrl } from './upload-file';
import { useSession } from './session-context';

/** An uploaded image, fetched with the token and shown from a `blob:` URL. */
export function FileThumbnail({ id, size = 72 }: { id: string; size?: number }) {
  const session = useSession();
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let created: string | null = null;
    fileObjectUrl(session, id).then(
      (objectUrl) => {
        created = objectUrl;
        if (revoked) URL.revokeObjectURL(objectUrl);
        else setUrl(objectUrl);
      },
      () => setUrl(null),
    );
    return () => {
      revoked = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [session, id]);
  return url ? (
    <Image src={url} width={size} height={size} style={{ objectFit: 'cover' }} data-file-id={id} />
  ) : (
    <div style={{ width: size, height: size, background: '#f5f5f5' }} data-file-id={id} />
  );
}
