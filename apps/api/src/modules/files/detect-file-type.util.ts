import type { SupportedFileType } from './file-types';

/** What the content says about itself: its first bytes, and for ZIP archives the names of their entries. */
export interface FileEvidence {
  /** The first bytes of the file (4 KiB is plenty). */
  readonly head: Uint8Array;
  /** For a ZIP archive: the entry names of its central directory (see `zipEntryNames`). */
  readonly zipEntries?: readonly string[] | undefined;
  /** The client's file name: consulted only to tell apart the legacy Office formats, see below. */
  readonly name: string;
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);

/**
 * The type of an upload from its magic bytes, never from the client's Content-Type: a `.jpg` that is really HTML is
 * `undefined`, and so is anything this function does not know (the caller refuses it). What the server later sends
 * as Content-Type is this answer, so a browser is never handed markup or script under an image's name.
 *
 * Legacy Office files (.doc, .xls, .ppt) are all one OLE2 compound-document signature; which program wrote one is
 * only in its internal directory, so the file name's extension picks among those three inert types.
 */
export function detectFileType(evidence: FileEvidence): SupportedFileType | undefined {
  const { head } = evidence;
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, PNG)) return 'image/png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (isHeif(head)) return 'image/heic';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(head, ZIP)) return officeOpenXmlType(evidence.zipEntries ?? []);
  if (startsWith(head, OLE2)) return legacyOfficeType(evidence.name);
  return undefined;
}

/** ISO base media file: an `ftyp` box whose major or compatible brands say HEIF/HEIC (AVIF is not accepted). */
function isHeif(head: Uint8Array): boolean {
  if (ascii(head, 4, 8) !== 'ftyp') return false;
  const boxSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(0);
  const end = Math.min(boxSize, head.length);
  const major = ascii(head, 8, 12);
  if (HEIF_BRANDS.has(major)) return true;
  if (major !== 'mif1' && major !== 'msf1') return false;
  for (let at = 16; at + 4 <= end; at += 4) if (HEIF_BRANDS.has(ascii(head, at, at + 4))) return true;
  return false;
}

/** A ZIP is accepted only as an Office Open XML document: content types plus the part folder of one program. */
function officeOpenXmlType(entries: readonly string[]): SupportedFileType | undefined {
  if (!entries.includes('[Content_Types].xml')) return undefined;
  if (entries.includes('word/document.xml'))
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (entries.includes('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (entries.includes('ppt/presentation.xml'))
    return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  return undefined;
}

function legacyOfficeType(name: string): SupportedFileType | undefined {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'doc') return 'application/msword';
  if (extension === 'xls') return 'application/vnd.ms-excel';
  if (extension === 'ppt') return 'application/vnd.ms-powerpoint';
  return undefined;
}
