import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReportCatalog } from '@anxin/report-engine';
import { catalogFromSnapshot } from '../reports/report-catalog.service';

const SNAPSHOT = 'libs/persistence/src/migrations/.snapshot-anxin.json';

/**
 * The report catalog without a database: from the committed schema snapshot of the migrations, found in the nearest
 * folder above `from` that has it (a source checkout). Undefined elsewhere (an installed server asks its database).
 */
export function offlineReportCatalog(from: string = __dirname): ReportCatalog | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, SNAPSHOT);
    if (existsSync(candidate))
      return catalogFromSnapshot(
        JSON.parse(readFileSync(candidate, 'utf8')) as Parameters<typeof catalogFromSnapshot>[0],
      );
    if (path.dirname(dir) === dir) return undefined;
  }
}
