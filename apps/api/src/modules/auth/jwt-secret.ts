import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppConfig } from '../../config/app-config';

/** Injection token of the HS256 key of access tokens. */
export const JWT_SIGNING_KEY = Symbol('JWT_SIGNING_KEY');

const MIN_LENGTH = 32;

/**
 * JWT_SECRET when set (required in production). Otherwise a random key generated once and kept in
 * `<DATA_DIR>/jwt-secret` (mode 0600): tokens survive restarts of a development installation, no key is ever
 * hard-coded, and each installation has its own. Replicas sharing a database must share JWT_SECRET instead.
 */
export async function resolveJwtSecret(config: Pick<AppConfig, 'jwtSecret' | 'dataDir'>): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, 'jwt-secret');
  const existing = await readSecret(file);
  if (existing !== undefined) return existing;
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process (a parallel test, a second replica) created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const theirs = await readSecret(file);
    if (theirs === undefined) throw new Error(`${file} vanished while reading it`);
    return theirs;
  }
}

async function readSecret(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const secret = text.trim();
  // An empty file is one being written by another process right now.
  if (secret.length === 0) return undefined;
  if (secret.length < MIN_LENGTH) throw new Error(`${file} holds a key shorter than ${MIN_LENGTH} characters`);
  return secret;
}
