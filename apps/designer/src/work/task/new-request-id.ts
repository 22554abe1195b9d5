/**
 * A fresh UUID v4 per click: the API's `requestId` makes a repeated command (a double tap, a retry after a lost
 * answer) count once. `crypto.randomUUID` exists only in secure contexts, so plain-HTTP LAN installs use
 * `getRandomValues`.
 */
export function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
