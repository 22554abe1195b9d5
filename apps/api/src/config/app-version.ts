import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The version in the nearest package.json above this file (works from src and from dist). */
export function readAppVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) {
      const { name, version } = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (name === 'anxin' && version) return version;
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}
