// The example forms of test/fixtures, the shipped dictionary and a context with a fixed clock, a user, host data
// sources and file metadata, as the API would pass them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dictionary, FormContext, FormDefinition } from '../../src/index';

const root = join(__dirname, '../../../..');

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
}

export type FixtureName = 'repair-request' | 'repair-completion' | 'service-rating';
export const FIXTURE_NAMES: readonly FixtureName[] = ['repair-request', 'repair-completion', 'service-rating'];

const forms = new Map<FixtureName, FormDefinition>();

/** A fixture form, read once (the engine caches compiled forms by identity). */
export function fixtureForm(name: FixtureName): FormDefinition {
  let form = forms.get(name);
  if (form === undefined) {
    form = readJson<FormDefinition>(`libs/form-engine/test/fixtures/${name}.form.json`);
    forms.set(name, form);
  }
  return form;
}

export const repairCategory = readJson<Dictionary>('definitions/dictionaries/repair-category.dictionary.json');

/** 2025-01-28 10:00 in Shanghai. */
export const NOW = Date.parse('2025-01-28T10:00:00+08:00');

export const context: FormContext = {
  now: () => NOW,
  user: { id: 'u-1024', name: '王女士', phone: '13800138000', teamIds: ['team-plumbing'] },
  variables: { projectId: 'p-1', ticketNo: 'BX-20250128-0007' },
  dictionaries: { 'repair-category': repairCategory },
  dataSources: {
    projects: [
      { value: 'p-1', label: '安心花园' },
      { value: 'p-2', label: '安心公寓' },
    ],
    buildings: [
      { value: 'b-1', label: '1栋', attributes: { projectId: 'p-1' } },
      { value: 'b-2', label: '2栋', attributes: { projectId: 'p-1' } },
      { value: 'b-9', label: '9栋', attributes: { projectId: 'p-2' } },
    ],
    units: [
      { value: 'b-1-1201', label: '1201', attributes: { buildingId: 'b-1' } },
      { value: 'b-2-0301', label: '0301', attributes: { buildingId: 'b-2' } },
    ],
    users: [
      { value: 'u-1024', label: '王女士' },
      { value: 'u-2048', label: '李师傅' },
    ],
    teams: [
      { value: 'team-plumbing', label: { 'zh-CN': '水电班', en: 'Plumbing' } },
      { value: 'team-carpentry', label: { 'zh-CN': '木工班', en: 'Carpentry' } },
    ],
  },
  files: {
    'f-1': { size: 2_000_000, mimeType: 'image/jpeg', name: 'leak.jpg' },
    'f-2': { size: 3_000_000, mimeType: 'image/png', name: 'after.png' },
    'f-big': { size: 40_000_000, mimeType: 'image/jpeg', name: 'huge.jpg' },
    'f-pdf': { size: 100_000, mimeType: 'application/pdf', name: 'invoice.pdf' },
    'f-sig': { size: 30_000, mimeType: 'image/png', name: 'signature.png' },
  },
};
