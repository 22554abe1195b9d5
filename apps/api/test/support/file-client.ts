import { readdirSync } from 'node:fs';
import path from 'node:path';

export interface FileErrorBody {
  code: string;
  reason?: string;
  path: string;
  message: string;
  problems?: { path: string; code: string; message: string }[];
}

export interface UploadedFileBody {
  id: string;
  name: string;
  size: number;
  mimeType: string;
  sha256: string;
}

export interface UploadOptions {
  token?: string;
  name?: string;
  /** What the client claims; the server ignores it. */
  type?: string;
  purpose?: string;
  /** The multipart field of the file (`file` unless testing another). */
  field?: string;
}

/** POSTs one file to `/files` as a browser would (multipart/form-data); answers status and parsed JSON body. */
export async function uploadFile<T = UploadedFileBody>(
  baseUrl: string,
  bytes: Buffer,
  options: UploadOptions = {},
): Promise<{ status: number; body: T }> {
  const form = new FormData();
  if (options.purpose !== undefined) form.append('purpose', options.purpose);
  form.append(
    options.field ?? 'file',
    new Blob([bytes], { type: options.type ?? 'application/octet-stream' }),
    options.name ?? 'upload.bin',
  );
  const response = await fetch(`${baseUrl}/files`, {
    method: 'POST',
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    body: form,
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** GETs `/files/<id>`: status, headers and the raw bytes. */
export async function downloadFile(
  baseUrl: string,
  id: string,
  token?: string,
): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${baseUrl}/files/${encodeURIComponent(id)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Every file under `dir`, recursively, relative to it (an absent directory holds none). */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}
