import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { fileFixtures } from '../support/file-fixtures';
import { downloadFile, type FileErrorBody, filesUnder, uploadFile } from '../support/file-client';
import { FAST_AUTH_ENV, login, seedFixture, type Session } from '../support/graphql-session';
import { type TestApp, startTestApp } from '../support/test-app';

const MAX_BYTES = 2048;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('POST /files and GET /files/:id', () => {
  let testApp: TestApp;
  let baseUrl: string;
  let sql: Client;
  let dataDir: string;
  let engineer: Session;
  let owner: Session;
  let otherAdmin: Session;

  const storedRows = async () => Number((await sql.query('select count(*)::int as n from stored_file')).rows[0].n);
  const blobs = () => filesUnder(path.join(dataDir, 'files'));
  const spooled = () => filesUnder(path.join(dataDir, 'tmp', 'uploads'));

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'anxin-files-e2e-'));
    testApp = await startTestApp({ ...FAST_AUTH_ENV, DATA_DIR: dataDir, FILE_MAX_BYTES: String(MAX_BYTES) });
    baseUrl = testApp.baseUrl;
    await seedFixture(testApp, 'other-tenant');
    sql = new Client({ connectionString: testApp.database.url });
    await sql.connect();
    engineer = await login(baseUrl, 'engineer');
    owner = await login(baseUrl, 'owner');
    otherAdmin = await login(baseUrl, 'admin', { password: 'other-admin-pw', tenant: 'other' });
  });

  afterAll(async () => {
    await sql?.end();
    await testApp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('given a photo with a Chinese name, when the engineer uploads and downloads it, then the same bytes and name come back', async () => {
    // Given a JPEG named in Chinese
    const photo = fileFixtures.jpeg();
    // When the engineer uploads it
    const uploaded = await uploadFile(baseUrl, photo, {
      token: engineer.token,
      name: '卫生间漏水 (1).jpg',
      type: 'image/jpeg',
    });
    // Then the answer describes it, its id is a UUID and the blob is stored under the id, not the name
    expect(uploaded).toEqual({
      status: 201,
      body: {
        id: expect.any(String),
        name: '卫生间漏水 (1).jpg',
        size: photo.length,
        mimeType: 'image/jpeg',
        sha256: sha256(photo),
      },
    });
    const { id } = uploaded.body;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const [tenant] = (await sql.query<{ id: string }>(`select id from company where code = 'demo'`)).rows;
    expect(blobs()).toContain(path.join(tenant!.id, id));
    // When he downloads it
    const download = await downloadFile(baseUrl, id, engineer.token);
    // Then the bytes, type, RFC 5987 name and nosniff header are right
    expect(download.status).toBe(200);
    expect(download.bytes.equals(photo)).toBe(true);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = download.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^inline; filename="[^"]*"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('卫生间漏水 (1).jpg');
    // And the upload is audited with its uploader and target
    const audit = await sql.query('select actor_id, target_id, outcome, summary from audit_log where operation = $1', [
      'uploadFile',
    ]);
    expect(audit.rows).toContainEqual(
      expect.objectContaining({
        actor_id: engineer.userId,
        target_id: id,
        outcome: 'ok',
        summary: expect.objectContaining({ mimeType: 'image/jpeg' }),
      }),
    );
    expect(spooled()).toEqual([]);
  });

  it('given a Word document, when uploaded, then it is typed from its content and offered as an attachment', async () => {
    // When a .docx is uploaded with a generic declared type
    const uploaded = await uploadFile(baseUrl, fileFixtures.docx(), { token: engineer.token, name: '维修合同.docx' });
    // Then its type comes from its ZIP directory, and the download is an attachment
    expect(uploaded.body.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const download = await downloadFile(baseUrl, uploaded.body.id, engineer.token);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('given a file over the configured limit, when uploaded, then 413 with a coded error and nothing is stored or left behind', async () => {
    // Given the state before, and a PDF one byte over the limit
    const [rowsBefore, blobsBefore] = [await storedRows(), blobs()];
    const big = Buffer.concat([fileFixtures.pdf(), Buffer.alloc(MAX_BYTES + 1 - fileFixtures.pdf().length, 0x20)]);
    // When uploaded
    const result = await uploadFile<FileErrorBody>(baseUrl, big, { token: engineer.token, name: 'big.pdf' });
    // Then it is refused as too large, with no new row, no new blob and no temporary file
    expect(result).toEqual({
      status: 413,
      body: {
        code: 'BAD_USER_INPUT',
        reason: 'request.tooLarge',
        path: 'file',
        message: 'The file is larger than 2048 bytes',
      },
    });
    expect(await storedRows()).toBe(rowsBefore);
    expect(blobs()).toEqual(blobsBefore);
    expect(spooled()).toEqual([]);
  });

  it('given a file of exactly the limit, or far over it, when uploaded, then the first is stored and the second is 413', async () => {
    // Given a PDF of exactly MAX_BYTES, and 1 MB of PDF
    const pdf = fileFixtures.pdf();
    const exact = Buffer.concat([pdf, Buffer.alloc(MAX_BYTES - pdf.length, 0x20)]);
    const huge = Buffer.concat([pdf, Buffer.alloc(1024 * 1024, 0x20)]);
    // When both are uploaded
    const atLimit = await uploadFile(baseUrl, exact, { token: engineer.token, name: 'exact.pdf' });
    const over = await uploadFile<FileErrorBody>(baseUrl, huge, { token: engineer.token, name: 'huge.pdf' });
    // Then the limit is inclusive, and the large body is answered (not cut off) with the coded error
    expect(atLimit).toMatchObject({ status: 201, body: { size: MAX_BYTES } });
    expect(over).toMatchObject({ status: 413, body: { code: 'BAD_USER_INPUT', reason: 'request.tooLarge' } });
    expect(spooled()).toEqual([]);
  });

  it('given HTML named photo.jpg and declared image/jpeg, when uploaded, then it is refused as VALIDATION_FAILED and not stored', async () => {
    const rowsBefore = await storedRows();
    // When the disguised file is uploaded
    const result = await uploadFile<FileErrorBody>(baseUrl, fileFixtures.html(), {
      token: owner.token,
      name: 'photo.jpg',
      type: 'image/jpeg',
    });
    // Then its content decides: refused, with a problem at `file`
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      reason: 'file.typeRefused',
      path: 'file',
      problems: [{ path: 'file', code: 'FILE_TYPE' }],
    });
    expect(await storedRows()).toBe(rowsBefore);
    expect(spooled()).toEqual([]);
  });

  it('given purpose=image, when a PDF is uploaded, then it is refused; when a PNG is, then it is stored', async () => {
    // When an image field's upload carries a PDF, then only images are accepted
    const pdf = await uploadFile<FileErrorBody>(baseUrl, fileFixtures.pdf(), {
      token: engineer.token,
      name: 'scan.pdf',
      purpose: 'image',
    });
    expect(pdf.status).toBe(422);
    expect(pdf.body).toMatchObject({ code: 'VALIDATION_FAILED', path: 'file' });
    expect(pdf.body.message).toMatch(/accepted here: image\/jpeg, image\/png, image\/webp, image\/heic$/);
    // When it carries a PNG, then it is stored
    const png = await uploadFile(baseUrl, fileFixtures.png(), {
      token: engineer.token,
      name: 'p.png',
      purpose: 'image',
    });
    expect(png).toMatchObject({ status: 201, body: { mimeType: 'image/png' } });
  });

  it('given no token, when uploading or downloading, then 401 UNAUTHENTICATED and nothing is stored', async () => {
    const rowsBefore = await storedRows();
    // When anonymous
    const upload = await uploadFile<FileErrorBody>(baseUrl, fileFixtures.png());
    const download = await downloadFile(baseUrl, randomUUID());
    // Then both are refused with the coded body
    expect(upload).toEqual({
      status: 401,
      body: expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'auth.tokenMissing', path: '' }),
    });
    expect(download.status).toBe(401);
    expect(JSON.parse(download.bytes.toString())).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await storedRows()).toBe(rowsBefore);
  });

  it("given a file of the demo company, when another company's admin asks for it, then 404 as if it did not exist", async () => {
    const { body } = await uploadFile(baseUrl, fileFixtures.png(), { token: engineer.token, name: 'a.png' });
    // When the other tenant's admin downloads it, and an id that exists nowhere
    const foreign = await downloadFile(baseUrl, body.id, otherAdmin.token);
    const absent = await downloadFile(baseUrl, randomUUID(), otherAdmin.token);
    // Then both answers are the same NOT_FOUND
    expect(foreign.status).toBe(404);
    expect(JSON.parse(foreign.bytes.toString())).toEqual({
      code: 'NOT_FOUND',
      reason: 'scope.notVisible',
      path: 'id',
      message: `No file ${body.id}`,
    });
    expect(absent.status).toBe(404);
  });

  it('given a staff upload and an owner upload, when the owner downloads, then only his own is found', async () => {
    // Given one file from the engineer and one from the owner
    const staffFile = (await uploadFile(baseUrl, fileFixtures.pdf(), { token: engineer.token, name: '内部报价.pdf' }))
      .body;
    const ownFile = (await uploadFile(baseUrl, fileFixtures.jpeg(), { token: owner.token, name: '我的照片.jpg' })).body;
    // When the owner downloads both
    const staff = await downloadFile(baseUrl, staffFile.id, owner.token);
    const own = await downloadFile(baseUrl, ownFile.id, owner.token);
    // Then the staff file is NOT_FOUND (not FORBIDDEN: ids reveal nothing), his own is served; staff read his
    expect(staff.status).toBe(404);
    expect(JSON.parse(staff.bytes.toString())).toMatchObject({ code: 'NOT_FOUND' });
    expect(own.status).toBe(200);
    expect((await downloadFile(baseUrl, ownFile.id, engineer.token)).status).toBe(200);
  });

  it('given an id that is no UUID, when downloading, then 400 BAD_USER_INPUT at `id`', async () => {
    const result = await downloadFile(baseUrl, '../../etc/passwd', engineer.token);
    expect(result.status).toBe(400);
    expect(JSON.parse(result.bytes.toString())).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'input.invalid',
      path: 'id',
      message: 'id must be an id (a UUID)',
    });
  });

  it('given no file part, or a file under another field, when uploading, then 400 BAD_USER_INPUT naming the field', async () => {
    // When the body has no file, or a file named `photo`
    const none = await fetch(`${baseUrl}/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${engineer.token}` },
    });
    const wrongField = await uploadFile<FileErrorBody>(baseUrl, fileFixtures.png(), {
      token: engineer.token,
      field: 'photo',
    });
    // Then both are coded input errors
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'file.missing', path: 'file' });
    expect(wrongField).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 'BAD_USER_INPUT', path: 'photo' }),
    });
    expect(spooled()).toEqual([]);
  });

  it('given an unknown purpose, when uploading, then 400 BAD_USER_INPUT at `purpose`', async () => {
    const result = await uploadFile<FileErrorBody>(baseUrl, fileFixtures.png(), {
      token: engineer.token,
      purpose: 'avatar',
    });
    expect(result).toEqual({ status: 400, body: expect.objectContaining({ code: 'BAD_USER_INPUT', path: 'purpose' }) });
  });
});
