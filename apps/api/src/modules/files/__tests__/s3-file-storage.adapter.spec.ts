import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { S3FileStorage } from '../s3-file-storage.adapter';
import { type S3Stub, startS3Stub } from './s3-stub';

// Runs against an in-process stub of S3's HTTP API, not against AWS, MinIO or OSS: there is no network here.
describe('S3FileStorage (against an in-process S3 stub, path-style)', () => {
  let stub: S3Stub;
  let storage: S3FileStorage;
  const key = '9b2f3c1e-0000-4000-8000-000000000001/0d1c2b3a-0000-4000-8000-000000000002';

  beforeAll(async () => {
    stub = await startS3Stub();
    storage = S3FileStorage.fromConfig({
      kind: 's3',
      endpoint: stub.endpoint,
      bucket: 'anxin-files',
      region: 'cn-east-1',
      credentials: { accessKeyId: 'anxin', secretAccessKey: 'stub-secret' },
      forcePathStyle: true,
    });
  });

  afterAll(async () => {
    storage.destroy();
    await stub.close();
  });

  it('should PUT a streamed body to /<bucket>/<key> with its length, type and hash, signed with SigV4', async () => {
    // Given a stream of known length
    const body = Buffer.from('%PDF-1.7 报修单');
    // When it is put
    await storage.put(key, Readable.from([body]), { size: body.length, mimeType: 'application/pdf', sha256: 'ab12' });
    // Then the stub holds exactly those bytes at the path-style URL, with a plain Content-Length (no aws-chunked)
    expect(stub.objects.get(`anxin-files/${key}`)).toEqual({
      body,
      contentType: 'application/pdf',
      meta: { sha256: 'ab12' },
    });
    const put = stub.requests.find((r) => r.method === 'PUT');
    expect(put?.url).toMatch(new RegExp(`^/anxin-files/${key}`));
    expect(put?.headers['content-length']).toBe(String(body.length));
    expect(put?.headers['content-encoding']).toBeUndefined();
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=anxin\/\d{8}\/cn-east-1\/s3\//);
  });

  it('should GET the stored bytes back as a stream', async () => {
    // Given the object put above, when it is read, then the same content comes back
    const stream = await storage.get(key);
    expect(stream && (await text(stream))).toBe('%PDF-1.7 报修单');
  });

  it('should answer undefined for a key S3 does not have (NoSuchKey)', async () => {
    // When reading a key never written, then there is no content and no error
    await expect(storage.get(`${key}0`)).resolves.toBeUndefined();
  });

  it('should DELETE the object, and deleting again is no error', async () => {
    // When deleting twice, then the object is gone and neither call failed
    await storage.delete(key);
    await storage.delete(key);
    expect(stub.objects.has(`anxin-files/${key}`)).toBe(false);
    await expect(storage.get(key)).resolves.toBeUndefined();
  });

  it('should refuse a key that could escape its prefix before any request', async () => {
    // Given a key with a parent segment, when putting it, then nothing is sent
    const before = stub.requests.length;
    await expect(
      storage.put('../etc/passwd', Buffer.from('x'), { size: 1, mimeType: 'x', sha256: 'x' }),
    ).rejects.toThrow(/invalid storage key/);
    expect(stub.requests).toHaveLength(before);
  });
});
