import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBpmnEngineSource, repairTicket, runBpmnEngineInstance } from '@anxin/process-engine/bench';
import { elapsedMs, median } from './bench-stats';

/** bpmn-engine's copy of the repair-like graph (same ids and flows), as `bench:engine-core` runs it. */
const BPMN_ENGINE_FIXTURE = path.join(__dirname, '../../../libs/process-engine/bench/repair-like.bpmn-engine.bpmn');

export interface BpmnEngineRate {
  readonly version: string;
  /** Median round, instances per second. */
  readonly instancesPerSecond: number;
  readonly rounds: number;
  readonly perRound: number;
}

function bpmnEngineVersion(): string {
  const manifest = path.join(path.dirname(require.resolve('bpmn-engine')), '../package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * bpmn-engine in memory on the same tickets, one instance after another (a warm-up round, then `rounds` rounds of
 * `perRound` instances, median round): the in-memory baseline the durable runtime is compared with.
 */
export async function measureBpmnEngine(rounds: number, perRound: number): Promise<BpmnEngineRate> {
  const source = await loadBpmnEngineSource(readFileSync(BPMN_ENGINE_FIXTURE, 'utf8'));
  const round = async () => {
    const start = performance.now();
    for (let i = 0; i < perRound; i += 1) {
      const worked = await runBpmnEngineInstance(source, repairTicket(i));
      if (worked.length !== (i % 2 === 0 ? 9 : 6)) throw new Error(`bpmn-engine worked ${worked.length} tasks`);
    }
    return perRound / (elapsedMs(start) / 1000);
  };
  await round();
  const rates: number[] = [];
  for (let r = 0; r < rounds; r += 1) rates.push(await round());
  return { version: bpmnEngineVersion(), instancesPerSecond: median(rates), rounds, perRound };
}
