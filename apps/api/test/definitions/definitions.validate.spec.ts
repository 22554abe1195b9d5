// Every file under definitions/ passes the checks deployDefinition runs (checkDefinition), and what a process
// names (forms, decision tables, status dictionaries and their codes) is in the folder too.
import path from 'node:path';
import { parseProcess, type ProcessModel } from '@anxin/process-engine';
import { workspaceRoot } from '@anxin/testing';
import { readDefinitionFolder, type DefinitionFolder } from '../../src/modules/definitions/definition-files.util';
import {
  describeProblems,
  validateDefinitionFolder,
  type DefinitionFileReport,
} from '../../src/modules/definitions/definition-folder.util';

const root = path.join(workspaceRoot, 'definitions');

let folder: DefinitionFolder;
let reports: DefinitionFileReport[];

beforeAll(async () => {
  folder = await readDefinitionFolder(root);
  reports = await validateDefinitionFolder(folder);
});

async function processModels(): Promise<ProcessModel[]> {
  const models: ProcessModel[] = [];
  for (const file of folder.files.filter((f) => f.kind === 'process')) {
    const { model } = await parseProcess(file.content);
    if (model) models.push(model);
  }
  return models;
}

const keysOf = (kind: string) => new Set(folder.files.filter((f) => f.kind === kind).map((f) => f.key));

describe('definitions/', () => {
  it('should hold only definition files, outside schemas/ and seed/', () => {
    // Given the folder; then every file has a known suffix (<key>.<kind>.json or <key>.bpmn)
    expect(folder.unrecognised).toEqual([]);
    expect(folder.files.map((f) => f.file)).toEqual(
      expect.arrayContaining(['processes/repair-ticket.bpmn', 'forms/repair-request.form.json']),
    );
  });

  it('should have no error problem in any file (what deploy refuses)', () => {
    // When every file is checked as deploy checks it; then no file has an error
    const errors = reports.filter((r) => r.outcome !== 'valid').flatMap(describeProblems);
    expect(errors).toEqual([]);
  });

  it('should have no warnings either', () => {
    expect(reports.flatMap(describeProblems)).toEqual([]);
  });

  it('should name only forms, decision tables and status dictionaries that are in the folder', async () => {
    // Given the processes; then each form key, decision key and status dictionary exists, with each status code
    const forms = keysOf('form');
    const decisions = keysOf('decision');
    const missing: string[] = [];
    for (const model of await processModels()) {
      const statuses = model.ticket?.statuses;
      const dictionary = folder.files.find((f) => f.kind === 'dictionary' && f.key === statuses);
      if (statuses && !dictionary) missing.push(`${model.key}: status dictionary ${statuses}`);
      const codes = new Set(
        dictionary ? (JSON.parse(dictionary.content) as { items: { value: string }[] }).items.map((i) => i.value) : [],
      );
      for (const code of [model.ticket?.completedStatus, model.ticket?.revokedStatus]) {
        if (dictionary && code && !codes.has(code)) missing.push(`${model.key}: status ${code}`);
      }
      for (const node of Object.values(model.elements)) {
        if ('formKey' in node && node.formKey && !forms.has(node.formKey))
          missing.push(`${model.key}/${node.id}: form ${node.formKey}`);
        if (node.type === 'businessRuleTask' && !decisions.has(node.decisionKey))
          missing.push(`${model.key}/${node.id}: decision ${node.decisionKey}`);
        if (dictionary && 'status' in node && node.status && !codes.has(node.status))
          missing.push(`${model.key}/${node.id}: status ${node.status}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('should start only processes that are in the folder', () => {
    const processes = keysOf('process');
    const started = folder.files
      .filter((f) => f.kind === 'form')
      .map((f) => JSON.parse(f.content) as { key: string; startsProcess?: string })
      .filter((form) => form.startsProcess !== undefined && !processes.has(form.startsProcess))
      .map((form) => `${form.key} → ${form.startsProcess}`);
    expect(started).toEqual([]);
  });
});
