// The npm registry reachable here answers 404 for platform binaries of other systems (darwin, win32, …), so
// `npm install` leaves them out of package-lock.json and `npm ci` then rejects the lockfile as out of sync.
// This adds the missing optional platform packages as platform-tagged entries; npm ci skips them on other
// platforms without downloading, exactly as with a complete lockfile. Run after every `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const osNames = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix', 'openharmony'];
const cpuNames = [
  'arm64',
  'x64',
  'ia32',
  'arm',
  'ppc64',
  'ppc64le',
  's390x',
  'riscv64',
  'loong64',
  'mips64el',
  'wasm32',
];

/** Reads os, cpu and libc from a platform package name such as `@swc/core-linux-arm-gnueabihf`. */
function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => osNames.includes(part));
  const cpu = parts.find((part) => cpuNames.includes(part)) ?? (parts.includes('x86') ? 'ia32' : undefined);
  if (name.includes('wasm32') || parts.includes('wasi')) return { cpu: ['wasm32'] };
  if (!os || !cpu) return undefined;
  const libc = parts.some((part) => part.startsWith('musl'))
    ? ['musl']
    : os === 'linux' && parts.some((part) => part.startsWith('gnu'))
      ? ['glibc']
      : undefined;
  return { os: [os], cpu: [cpu], ...(libc ? { libc } : {}) };
}

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const parent = location === '' ? '' : `${location}/`;
    const nested = `${parent}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    const platform = platformOf(name);
    if (!platform) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version.replace(/^[\^~=]/, ''))) continue;
    packages[hoisted] = { version: version.replace(/^[\^~=]/, ''), dev: entry.dev, optional: true, ...platform };
    if (!entry.dev) delete packages[hoisted].dev;
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
