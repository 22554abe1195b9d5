import { chmod, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Gives "others" search permission (o+x, not read) on every directory from `target` up to the root that lacks it.
 * As root, embedded PostgreSQL runs as the `postgres` system user, which must reach its binaries inside
 * node_modules and its data directory even when the checkout lives in a private (0700) folder such as `mktemp -d`.
 */
export async function ensureTraversableByOthers(target: string): Promise<void> {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info?.isDirectory() && (info.mode & 0o001) === 0) await chmod(dir, info.mode | 0o001);
    if (path.dirname(dir) === dir) return;
  }
}
