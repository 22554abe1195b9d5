import path from 'node:path';
import { loadConfig } from '../app-config';

describe('loadConfig: uploads and file storage', () => {
  it('should default to 20 MB, every supported type, and local disk under DATA_DIR/files', () => {
    // Given nothing set, when loading
    const result = loadConfig({}, '/srv/anxin');
    // Then uploads go to .data/files, spooled under .data/tmp/uploads, at most 20 MB
    expect(result.ok && result.config.files).toEqual({
      maxBytes: 20 * 1024 * 1024,
      allowedTypes: expect.arrayContaining(['image/jpeg', 'image/heic', 'application/pdf', 'application/msword']),
      uploadRateLimit: 120,
      storage: { kind: 'local', dir: path.resolve('/srv/anxin/.data/files') },
      tempDir: path.resolve('/srv/anxin/.data/tmp/uploads'),
    });
  });

  it('should follow DATA_DIR for the files and the spooling directory', () => {
    // Given DATA_DIR=/var/lib/anxin, when loading, then both directories are under it
    const result = loadConfig({ DATA_DIR: '/var/lib/anxin' }, '/srv/anxin');
    expect(result.ok && result.config.files).toMatchObject({
      storage: { kind: 'local', dir: path.resolve('/var/lib/anxin/files') },
      tempDir: path.resolve('/var/lib/anxin/tmp/uploads'),
    });
  });

  it('should read an S3-compatible storage with path-style URLs and static credentials', () => {
    // Given a MinIO-like configuration, when loading
    const result = loadConfig({
      FILE_STORAGE: 's3',
      S3_ENDPOINT: 'http://minio:9000',
      S3_BUCKET: 'anxin-files',
      S3_REGION: 'cn-east-1',
      S3_ACCESS_KEY_ID: 'anxin',
      S3_SECRET_ACCESS_KEY: 'minio-secret',
      S3_FORCE_PATH_STYLE: 'true',
    });
    // Then the storage is S3 with every setting typed
    expect(result.ok && result.config.files.storage).toEqual({
      kind: 's3',
      endpoint: 'http://minio:9000',
      bucket: 'anxin-files',
      region: 'cn-east-1',
      credentials: { accessKeyId: 'anxin', secretAccessKey: 'minio-secret' },
      forcePathStyle: true,
    });
  });

  it('should refuse S3 without a bucket, and half a key pair', () => {
    // Given inconsistent S3 settings, when loading, then each is refused in one line
    expect(loadConfig({ FILE_STORAGE: 's3' })).toEqual({
      ok: false,
      message: 'Invalid configuration: S3_BUCKET is required when FILE_STORAGE=s3',
    });
    expect(loadConfig({ FILE_STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toEqual({
      ok: false,
      message: 'Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither',
    });
  });

  it('should narrow the allowed types to a list of supported ones, and refuse unknown ones', () => {
    // Given images only, when loading, then exactly those are allowed
    const images = loadConfig({ FILE_ALLOWED_TYPES: 'image/jpeg, image/PNG' });
    expect(images.ok && images.config.files.allowedTypes).toEqual(['image/jpeg', 'image/png']);
    // Given a type the server cannot recognise from content, then it is refused naming the variable
    const html = loadConfig({ FILE_ALLOWED_TYPES: 'image/jpeg,text/html' });
    expect(!html.ok && html.message).toMatch(
      /^Invalid configuration: FILE_ALLOWED_TYPES must be a comma-separated list/,
    );
  });

  it.each(['0', '2.5', 'big', '2147483648'])('should refuse FILE_MAX_BYTES=%s', (value) => {
    // Given a size that is no whole number of bytes up to 1 GiB, when loading, then it is refused
    const result = loadConfig({ FILE_MAX_BYTES: value });
    expect(!result.ok && result.message).toMatch(/^Invalid configuration: FILE_MAX_BYTES must be a whole number/);
  });
});
