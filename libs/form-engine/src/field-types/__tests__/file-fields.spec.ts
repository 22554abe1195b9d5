import type { FieldDefinition } from '../../index';
import { codes, validateOne } from '../../../test/support/one-field';
import { context } from '../../../test/support/fixtures';

describe('image fields', () => {
  const photos: FieldDefinition = { key: 'photos', type: 'image', label: '照片', minCount: 1, maxCount: 2 };

  it.each([
    [['f-1'], []],
    [['f-1', 'f-2'], []],
    [['f-1', 'f-2', 'f-sig'], ['MAX_ITEMS']],
    [['f-1', 'f-1'], ['DUPLICATE_VALUE']],
    [['f-404'], ['FILE_UNKNOWN']],
    [['f-big'], ['FILE_TOO_LARGE']],
    [['f-pdf'], ['FILE_TYPE']],
    ['f-1', ['TYPE_MISMATCH']],
  ])('should judge %j against the host’s file metadata', (value, expected) => {
    // given photos (1–2, default 10 MiB and image/*) and the host's metadata of the uploaded files
    // when file ids are submitted
    // then counts, existence, size and type are checked
    expect(codes(validateOne(photos, value))).toEqual(expected);
  });

  it('should check only counts when the host gives no metadata (a preview)', () => {
    // given no file metadata in the context
    const { files: _files, ...preview } = context;

    // when unknown ids are submitted
    // then only their number is checked
    expect(codes(validateOne(photos, ['x', 'y'], preview))).toEqual([]);
    expect(codes(validateOne(photos, ['x', 'y', 'z'], preview))).toEqual(['MAX_ITEMS']);
  });
});

describe('file fields', () => {
  it('should accept any type by default, and only the listed ones when given', () => {
    // given an attachment field, and one for PDFs only
    const any: FieldDefinition = { key: 'docs', type: 'file', label: '附件' };
    const pdf: FieldDefinition = { key: 'docs', type: 'file', label: '附件', accept: ['application/pdf'] };

    // when an image and a PDF are submitted
    // then the accept list decides
    expect(codes(validateOne(any, ['f-1', 'f-pdf']))).toEqual([]);
    expect(codes(validateOne(pdf, ['f-pdf']))).toEqual([]);
    expect(validateOne(pdf, ['f-1']).problems[0]?.params).toEqual({ id: 'f-1', mimeType: 'image/jpeg' });
  });
});

describe('signature fields', () => {
  const signature: FieldDefinition = { key: 'sign', type: 'signature', label: '签名' };

  it.each([
    ['f-sig', []],
    ['f-pdf', ['FILE_TYPE']],
    ['f-404', ['FILE_UNKNOWN']],
    [['f-sig'], ['TYPE_MISMATCH']],
  ])('should judge %p', (value, expected) => {
    // given a signature field
    // when a file id is submitted
    // then it must be a known image
    expect(codes(validateOne(signature, value))).toEqual(expected);
  });
});
