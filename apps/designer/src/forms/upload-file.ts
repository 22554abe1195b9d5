import { ApiError } from '../api/api-error';
import type { AuthSession } from '../auth/auth-session';

/** `POST /files`'s answer (docs/api.md#files). */
export interface StoredFile {
  id: string;
  name: string;
  size: number;
  mimeType: string;
}

async function post(file: Blob, name: string, token: string | null, purpose?: 'image'): Promise<Response> {
  const body = new FormData();
  if (purpose) body.append('purpose', purpose);
  body.append('file', file, name);
  return fetch('/files', { method: 'POST', body, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** Uploads one file with the session's token (refreshed once on 401); errors are the flat `{ code, message }`. */
export async function uploadFile(
  session: AuthSession,
  file: Blob,
  options: { name: string; purpose?: 'image' },
): Promise<StoredFile> {
  let token = await session.accessToken();
  let response = await post(file, options.name, token, options.purpose);
  if (response.status === 401) {
    token = await session.rejected(token);
    response = await post(file, options.name, token, options.purpose);
  }
  const body = (await response.json().catch(() => ({}))) as Partial<StoredFile> & { code?: string; message?: string };
  if (!response.ok || !body.id) {
    throw ApiError.fromGraphql({ message: body.message ?? `HTTP ${response.status}`, extensions: { code: body.code } });
  }
  return body as StoredFile;
}

/** Files are read with the bearer token, so images are shown from `blob:` URLs (docs/api.md#get-filesid). */
export async function fileObjectUrl(session: AuthSession, id: string): Promise<string> {
  const token = await session.accessToken();
  const response = await fetch(`/files/${encodeURIComponent(id)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}
