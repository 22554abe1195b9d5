import type { EntityManager } from '@mikro-orm/postgresql';
import type { DefinitionKind } from '@anxin/persistence';
import type { DefinitionRegistry } from '../../../../engine-runtime/definition-registry.service';
import { FormLoader } from '../form-loader.service';

describe('FormLoader caches', () => {
  let rows: { id: string; version: number; content: string }[];
  let execute: jest.Mock;
  let deployed: (kind: DefinitionKind, key: string) => void;
  let loader: FormLoader;

  const deploy = (version: number) => {
    rows.push({
      id: `f${version}`,
      version,
      content: JSON.stringify({ key: 'repair', title: `v${version}`, fields: [] }),
    });
    deployed('form', 'repair');
  };

  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-11-23T08:00:00Z') });
    rows = [];
    execute = jest.fn((_sql: string, [, version]: [string, number | null]) =>
      Promise.resolve(
        rows
          .filter((r) => version === null || r.version === version)
          .sort((a, b) => b.version - a.version)
          .slice(0, 1),
      ),
    );
    const em = { fork: () => ({ execute }) } as unknown as EntityManager;
    const registry = {
      onDeployed: (listener: typeof deployed) => (deployed = listener),
    } as unknown as DefinitionRegistry;
    loader = new FormLoader(em, registry);
  });

  afterEach(() => jest.useRealTimers());

  it('should ask for the latest version once per few seconds, and at once after a deployment by this process', async () => {
    // Given version 1 deployed and read
    deploy(1);
    expect((await loader.form('repair')).version).toBe(1);
    // When it is read again within the bound, then the database is not asked
    expect((await loader.form('repair')).version).toBe(1);
    expect(execute).toHaveBeenCalledTimes(1);
    // When this process deploys version 2, then the next read sees it
    deploy(2);
    expect((await loader.form('repair')).version).toBe(2);
    // And a version deployed elsewhere (no event here) is seen once the bound has passed
    rows.push({ id: 'f3', version: 3, content: JSON.stringify({ key: 'repair', title: 'v3', fields: [] }) });
    expect((await loader.form('repair')).version).toBe(2);
    jest.advanceTimersByTime(5_000);
    expect((await loader.form('repair')).version).toBe(3);
  });

  it('should keep an explicit version for good once found, and not keep a miss', async () => {
    await expect(loader.form('repair', 1)).rejects.toThrow('No form repair');
    deploy(1);
    expect((await loader.form('repair', 1)).version).toBe(1);
    jest.advanceTimersByTime(60_000);
    expect((await loader.form('repair', 1)).version).toBe(1);
    expect(execute).toHaveBeenCalledTimes(2);
  });
});
