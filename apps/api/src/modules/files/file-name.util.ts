const MAX_NAME_LENGTH = 255;

/**
 * The name to keep for an upload. It is shown and offered on download only, never used as a path (blobs are stored
 * under the file's id), so little is removed: any folder part (old browsers send `C:\fakepath\…`), control
 * characters (they would break headers and logs) and what exceeds 255 characters.
 */
export function displayNameOf(clientName: string | undefined): string {
  const base = (clientName ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const printable = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const name = [...printable].slice(0, MAX_NAME_LENGTH).join('');
  return name === '' ? 'file' : name;
}
