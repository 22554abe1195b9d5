// Loads decision-table fixtures the way definitions are loaded: JSON text from disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionTable } from '../decision-table.type';

export function loadTable(name: string): DecisionTable {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.decision-table.json`), 'utf8')) as DecisionTable;
}
