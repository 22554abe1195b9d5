import type { JsonObject } from '@anxin/rules';

/** The one PostgreSQL channel every api process LISTENs on; the topic travels inside the payload. */
export const LIVE_CHANNEL = 'anxin_live';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; leave room for the envelope's quoting. */
export const MAX_LIVE_PAYLOAD_BYTES = 7_900;

export interface LiveEnvelope {
  readonly topic: string;
  readonly payload: JsonObject;
}

/** The NOTIFY payload of an event; throws (a programming error) when it would not fit. */
export function encodeLiveEvent(topic: string, payload: JsonObject): string {
  const text = JSON.stringify({ topic, payload } satisfies LiveEnvelope);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_LIVE_PAYLOAD_BYTES) {
    throw new Error(`live event ${topic} is ${bytes} bytes, over ${MAX_LIVE_PAYLOAD_BYTES}: send ids, not documents`);
  }
  return text;
}

/** The event of a NOTIFY payload, or undefined for anything else (never throws: a bad event must not stop LISTEN). */
export function decodeLiveEvent(text: string | undefined): LiveEnvelope | undefined {
  if (!text) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { topic, payload } = parsed as Record<string, unknown>;
    if (typeof topic !== 'string' || typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return undefined;
    }
    return { topic, payload: payload as JsonObject };
  } catch {
    return undefined;
  }
}
