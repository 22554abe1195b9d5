/** Small files whose first bytes are what real ones start with: enough for type detection, not for a viewer. */
export const fileFixtures = {
  jpeg: () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0 photo bytes')]),
  png: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR…')]),
  webp: () => Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'),
  heic: () => isoBox('heic', ['mif1', 'heic']),
  avif: () => isoBox('avif', ['mif1', 'avif']),
  pdf: () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
  html: () => Buffer.from('<!doctype html><script>alert(document.cookie)</script>'),
  ole2: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
  docx: () => zipOf(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
  xlsx: () => zipOf(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']),
  plainZip: () => zipOf(['readme.txt', 'payload.exe']),
};

/** An `ftyp` box with a major brand and compatible brands, as HEIF/AVIF files start. */
function isoBox(major: string, compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write(`ftyp${major}`, 4, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
  return box;
}

/** A ZIP archive of empty, stored entries: local headers, then the central directory, then its end record. */
export function zipOf(names: readonly string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const raw = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(raw.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(raw.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, raw);
    centrals.push(central, raw);
    offset += local.length + raw.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
