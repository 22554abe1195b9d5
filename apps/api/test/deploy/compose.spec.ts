import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { parse } from 'yaml';
import { workspaceRoot } from '@anxin/testing';

const composeFile = path.join(workspaceRoot, 'docker/compose.yaml');

/** `docker compose` (v2 plugin) where present, else Debian's `docker-compose` (v1); .ci/run installs the latter. */
function composeCommand(): [string, string[]] {
  if (spawnSync('docker', ['compose', 'version']).status === 0) return ['docker', ['compose']];
  if (spawnSync('docker-compose', ['version']).status === 0) return ['docker-compose', []];
  throw new Error('neither `docker compose` nor `docker-compose` is installed (apt-get install -y docker-compose)');
}

type ComposeConfig = {
  services: Record<
    string,
    { environment?: Record<string, string>; deploy?: { replicas?: number }; healthcheck?: object; image?: string }
  >;
  volumes: Record<string, unknown>;
};

describe('docker/compose.yaml', () => {
  let config: ComposeConfig;

  beforeAll(() => {
    // Given the compose file, when docker compose resolves it (anchors, defaults, interpolation)
    const [command, prefix] = composeCommand();
    config = parse(
      execFileSync(command, [...prefix, '-f', composeFile, 'config'], {
        encoding: 'utf8',
        env: { ...process.env, JWT_SECRET: 'a-test-secret-of-sufficient-length-0123456789' },
      }),
    ) as ComposeConfig;
  });

  it('should refuse to resolve without a JWT_SECRET, so the stack never starts with a default key', () => {
    // Given no JWT_SECRET in the environment, when compose resolves the file, then it fails naming the variable
    const [command, prefix] = composeCommand();
    const env = { ...process.env };
    delete env['JWT_SECRET'];
    const result = spawnSync(command, [...prefix, '-f', composeFile, 'config'], { encoding: 'utf8', env });
    expect(result.status).not.toBe(0);
    expect(`${result.stderr}${result.stdout}`).toContain('JWT_SECRET');
  });

  it('should pass `docker compose config` with PostgreSQL 17, two API replicas and one worker', () => {
    // Then the stack has the promised shape
    expect(config.services['postgres']?.image).toBe('postgres:17');
    expect(config.services['api']?.deploy?.replicas).toBe(2);
    expect(config.services['api']?.environment?.['ROLE']).toBe('api');
    expect(config.services['worker']?.environment?.['ROLE']).toBe('worker');
    expect(config.services['api']?.environment?.['JWT_SECRET']).toBeDefined();
  });

  it('should give every service a health check and keep the database and the uploads on named volumes', () => {
    for (const name of ['postgres', 'api', 'worker']) expect(config.services[name]?.healthcheck).toBeDefined();
    expect(Object.keys(config.volumes).sort()).toEqual(['anxin-files', 'anxin-postgres']);
  });
});
