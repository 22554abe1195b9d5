import { createHash } from 'node:crypto';
import { rollupLayout, type Dataset } from '@anxin/report-engine';

/**
 * What a built rollup was built for: the SHA-256 of its layout (`rollupLayout`) and the dataset's source, joins and
 * zone. The worker stores it in `report_rollup_state.signature` when it builds; a rollup whose stored signature
 * differs (the dataset changed) is not ready, so it answers nothing until it is rebuilt.
 */
export function rollupSignature(dataset: Dataset, rollupKey: string): string | undefined {
  const layout = rollupLayout(dataset, rollupKey);
  if (!layout) return undefined;
  const basis = [layout, dataset.source, dataset.joins ?? [], dataset.timeZone ?? null, dataset.scope];
  return createHash('sha256').update(JSON.stringify(basis)).digest('hex');
}

/** The rollups (`dataset/key`) of a dataset whose built state matches its current definition. */
export function readyRollupsOf(
  dataset: Dataset,
  states: readonly { dataset_key: string; rollup_key: string; signature: string }[],
): string[] {
  return (dataset.rollups ?? [])
    .filter((rollup) =>
      states.some(
        (s) =>
          s.dataset_key === dataset.key &&
          s.rollup_key === rollup.key &&
          s.signature === rollupSignature(dataset, rollup.key),
      ),
    )
    .map((rollup) => `${dataset.key}/${rollup.key}`);
}
