import { fileFixtures } from '../../../../test/support/file-fixtures';
import { detectFileType } from '../detect-file-type.util';
import { zipEntryNames } from '../zip-entry-names.util';

/** What the upload pipeline passes: the head, and the ZIP directory read from the tail. */
const detect = (bytes: Buffer, name = 'upload.bin') =>
  detectFileType({ head: bytes.subarray(0, 4096), zipEntries: zipEntryNames(bytes), name });

describe('detectFileType', () => {
  it.each([
    ['jpeg', 'image/jpeg'],
    ['png', 'image/png'],
    ['webp', 'image/webp'],
    ['heic', 'image/heic'],
    ['pdf', 'application/pdf'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ] as const)('should recognise %s from its content whatever its name', (fixture, type) => {
    // Given the bytes under a misleading name, when detecting, then the content decides
    expect(detect(fileFixtures[fixture](), 'named-wrongly.txt')).toBe(type);
  });

  it('should not recognise HTML named like a photo', () => {
    // Given markup with a .jpg name, when detecting, then it is no known type (the caller refuses it)
    expect(detect(fileFixtures.html(), 'photo.jpg')).toBeUndefined();
  });

  it('should refuse AVIF (an ftyp box of another brand) and a ZIP that is no Office document', () => {
    expect(detect(fileFixtures.avif(), 'a.heic')).toBeUndefined();
    expect(detect(fileFixtures.plainZip(), 'report.docx')).toBeUndefined();
  });

  it('should tell legacy Office files apart by extension only among the three compound-document types', () => {
    // Given the OLE2 signature, when detecting, then the extension picks doc/xls/ppt, and nothing else passes
    expect(detect(fileFixtures.ole2(), '报价单.XLS')).toBe('application/vnd.ms-excel');
    expect(detect(fileFixtures.ole2(), '说明.doc')).toBe('application/msword');
    expect(detect(fileFixtures.ole2(), 'slides.ppt')).toBe('application/vnd.ms-powerpoint');
    expect(detect(fileFixtures.ole2(), 'setup.msi')).toBeUndefined();
  });

  it('should find nothing in an empty file', () => {
    expect(detect(Buffer.alloc(0))).toBeUndefined();
  });
});

describe('zipEntryNames', () => {
  it('should read the names from the central directory, after an archive comment', () => {
    // Given a ZIP with a trailing comment (its end record then is not in the last 22 bytes)
    const zip = fileFixtures.docx();
    const withComment = Buffer.concat([zip, Buffer.from('comment')]);
    withComment.writeUInt16LE(7, zip.length - 2);
    // When reading, then the three entries are found
    expect(zipEntryNames(withComment)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
  });

  it('should give up on a tail that does not hold the whole directory', () => {
    // Given only the end record of an archive, when reading, then there is no answer rather than a guess
    const zip = fileFixtures.docx();
    expect(zipEntryNames(zip.subarray(zip.length - 30))).toBeUndefined();
    expect(zipEntryNames(Buffer.from('not a zip'))).toBeUndefined();
  });
});
