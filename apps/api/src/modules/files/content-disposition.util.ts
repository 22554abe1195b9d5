/**
 * A Content-Disposition header for a file name in any script (RFC 6266 with RFC 5987's `filename*`): browsers use
 * `filename*=UTF-8''…` (维修照片.jpg arrives intact); very old clients fall back to `filename="…"`, an ASCII copy with
 * every other character, quote and backslash replaced by `_`.
 */
export function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

/** Percent-encodes all but RFC 5987's attr-char; encodeURIComponent leaves `'()*`, which are not attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
