import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

export interface S3Stub {
  readonly endpoint: string;
  /** Objects by `<bucket>/<key>`. */
  readonly objects: Map<string, { body: Buffer; contentType: string | undefined; meta: Record<string, string> }>;
  readonly requests: StubRequest[];
  close(): Promise<void>;
}

const notFound = (key: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${key}</Key></Error>`;

/**
 * The smallest S3-compatible server that PutObject, GetObject and DeleteObject with path-style URLs need
 * (`/<bucket>/<key>`). It checks that requests are SigV4-signed but not the signature: it proves what the adapter
 * sends and how it reads answers, not that a real S3 accepts it.
 */
export async function startS3Stub(): Promise<S3Stub> {
  const objects: S3Stub['objects'] = new Map();
  const requests: StubRequest[] = [];
  const server: Server = createServer((request, response) => {
    void handle(request, response, objects, requests);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  objects: S3Stub['objects'],
  requests: StubRequest[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const url = new URL(request.url ?? '/', 'http://stub');
  const key = decodeURIComponent(url.pathname.slice(1));
  requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
  if (!String(request.headers.authorization).startsWith('AWS4-HMAC-SHA256 ')) {
    response.writeHead(403).end();
    return;
  }
  const stored = objects.get(key);
  if (request.method === 'PUT') {
    const meta = Object.fromEntries(
      Object.entries(request.headers)
        .filter(([name]) => name.startsWith('x-amz-meta-'))
        .map(([name, value]) => [name.slice('x-amz-meta-'.length), String(value)]),
    );
    objects.set(key, { body: Buffer.concat(chunks), contentType: request.headers['content-type'], meta });
    response.writeHead(200, { etag: '"stub"' }).end();
  } else if (request.method === 'GET' && stored) {
    response.writeHead(200, { 'content-length': stored.body.length, 'content-type': stored.contentType });
    response.end(stored.body);
  } else if (request.method === 'GET') {
    response.writeHead(404, { 'content-type': 'application/xml' }).end(notFound(key));
  } else if (request.method === 'DELETE') {
    objects.delete(key);
    response.writeHead(204).end();
  } else {
    response.writeHead(405).end();
  }
}
