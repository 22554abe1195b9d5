const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;

/**
 * The entry names of a ZIP archive, read from its central directory in `tail` (the archive's last bytes: at least
 * the central directory and the end record). The central directory is what unzip tools trust, unlike the local
 * headers at the front, which a crafted file can make say anything. `undefined` when `tail` holds no readable
 * directory (not a ZIP, truncated, or a directory larger than `tail`).
 */
export function zipEntryNames(tail: Uint8Array): string[] | undefined {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const eocd = findEndRecord(view);
  if (eocd === undefined) return undefined;
  const directorySize = view.getUint32(eocd + 12, true);
  const start = eocd - directorySize;
  if (start < 0) return undefined;
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = start;
  while (at + 46 <= eocd && names.length < MAX_ENTRIES) {
    if (view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) return undefined;
    names.push(decoder.decode(tail.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The end-of-central-directory record sits in the last 22 bytes plus an archive comment of up to 64 KiB. */
function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return undefined;
}
