import { Agent, request } from 'node:http';

/** One request of a paced run, built when its turn comes. */
export interface PacedRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface PacedLoad {
  /** Full URL of the endpoint (POST). */
  readonly url: string;
  /** Requests per second, sent at even intervals. */
  readonly rate: number;
  readonly seconds: number;
  /** Keep-alive connections; a request due while all are busy waits for one (and that wait counts). */
  readonly connections: number;
  readonly build: (index: number) => PacedRequest;
  readonly onResponse: (status: number, body: string, index: number) => void;
}

export interface PacedRun {
  /** From each request's scheduled send time to its full response, in ms (coordinated omission included). */
  readonly latencies: number[];
  readonly sent: number;
  readonly errors: number;
  /** From the first scheduled send to the last response, in s. */
  readonly duration: number;
}

/**
 * An open-loop load at a constant rate, as wrk2 makes it: request i is due at start + i / rate whatever the answers
 * to the others, and its latency counts from that due time, so a slow answer that delays the next sends shows in
 * their latencies instead of lowering the load. autocannon's `overallRate` cannot do this: each connection sends
 * its quota for the second back to back and then pauses until the next one-second tick
 * (`lib/httpClient.js`, `reqsMadeThisSecond`), so half of every second runs at the peak.
 */
export async function runPaced(load: PacedLoad): Promise<PacedRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: load.connections });
  const url = new URL(load.url);
  const total = Math.floor(load.rate * load.seconds);
  const interval = 1000 / load.rate;
  const latencies: number[] = [];
  let errors = 0;
  let pending = 0;
  let sent = 0;
  let lastAnswer = 0;
  const start = performance.now();

  const send = (index: number, due: number) =>
    new Promise<void>((resolve) => {
      const { headers, body } = load.build(index);
      const req = request(
        url,
        { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            lastAnswer = performance.now();
            latencies.push(lastAnswer - due);
            load.onResponse(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), index);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end(body);
    });

  const inFlight: Promise<void>[] = [];
  while (sent < total) {
    const now = performance.now();
    while (sent < total && start + sent * interval <= now) {
      pending += 1;
      inFlight.push(send(sent, start + sent * interval).finally(() => (pending -= 1)));
      sent += 1;
    }
    const nextDue = start + sent * interval;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextDue - performance.now())));
  }
  await Promise.all(inFlight);
  agent.destroy();
  if (pending !== 0) throw new Error(`paced load: ${pending} requests never finished`);
  return { latencies, sent, errors, duration: (lastAnswer - start) / 1000 };
}
