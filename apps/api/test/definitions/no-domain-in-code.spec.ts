// Issue #8: the repair solution lives in definitions/ only. This scans the TypeScript of apps/ and libs/ outside
// tests (comments skipped, with TypeScript's own scanner) for what only the repair definitions should know:
// identifiers about repairs or the cost field, and string literals equal to a definition key, a team code, a
// category code or a status code of definitions/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { workspaceRoot } from '@anxin/testing';

// The #7 GraphQL contract names `estimatedCost` on Ticket (a generic ticket field the definitions project into):
// only the ticket read model may spell it.
const ALLOWED_IDENTIFIERS: Readonly<Record<string, readonly string[]>> = {
  estimatedCost: [
    'apps/api/src/engine-runtime/ticket-plan.ts',
    'apps/api/src/modules/workflow/tickets/ticket.object.ts',
    'apps/api/src/modules/workflow/tickets/ticket-queries.service.ts',
    'libs/persistence/src/entities/ticket.entity.ts',
  ],
};
const DOMAIN_IDENTIFIER = /repair|estimatedcost|waterelectric|water_electric/i;
// Dictionaries whose values are the solution's own vocabulary (statuses like `closed` are the engine's words too).
const SOLUTION_VALUE_DICTIONARIES = ['repair-ticket-category'];
// Built-in names a definition may reuse: the working-day calendar is the platform's.
const PLATFORM_KEYS = new Set(['cn-workdays']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (['node_modules', '__tests__', 'test', 'bench', 'dist'].includes(name)) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.(spec|test)\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Keys, team codes and option values the repair solution defines (what code must not name). */
function domainWords(): Set<string> {
  const words = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'schemas') walk(full);
        continue;
      }
      if (name.endsWith('.bpmn')) {
        const id = /<bpmn:process id="([^"]+)"/.exec(readFileSync(full, 'utf8'))?.[1];
        if (id) words.add(id);
      }
      if (!name.endsWith('.json')) continue;
      const content = JSON.parse(readFileSync(full, 'utf8')) as { key?: string; items?: { value: string }[] };
      if (name.endsWith('.seed.json')) {
        for (const tenant of (content as { tenants?: { teams?: { code?: string }[] }[] }).tenants ?? [])
          for (const team of tenant.teams ?? []) if (team.code) words.add(team.code);
        continue;
      }
      if (content.key && !PLATFORM_KEYS.has(content.key)) words.add(content.key);
      if (content.key && SOLUTION_VALUE_DICTIONARIES.includes(content.key))
        for (const item of content.items ?? []) words.add(item.value);
    }
  };
  walk(path.join(workspaceRoot, 'definitions'));
  return words;
}

function findings(file: string, words: Set<string>): string[] {
  const relative = path.relative(workspaceRoot, file);
  const text = readFileSync(file, 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const value = scanner.getTokenValue();
    const line = text.slice(0, scanner.getTokenStart()).split('\n').length;
    if (token === ts.SyntaxKind.Identifier && DOMAIN_IDENTIFIER.test(value)) {
      if (!(ALLOWED_IDENTIFIERS[value] ?? []).includes(relative)) found.push(`${relative}:${line} identifier ${value}`);
    }
    if (
      (token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) &&
      words.has(value)
    )
      found.push(`${relative}:${line} string "${value}"`);
  }
  return found;
}

describe('no domain in code (issue #8)', () => {
  it('should find the repair solution only in definitions/: no repair identifier or key in apps/ and libs/', () => {
    const words = domainWords();
    // The scan knows what to look for: the solution's process, a form, a team and a category
    expect([...words]).toEqual(
      expect.arrayContaining(['repair-ticket', 'repair-request', 'team-we', 'water_electric']),
    );
    const files = [...sourceFiles(path.join(workspaceRoot, 'apps')), ...sourceFiles(path.join(workspaceRoot, 'libs'))];
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((file) => findings(file, words))).toEqual([]);
  });

  it('should catch a domain identifier and a definition key (the scanner works)', () => {
    const words = new Set(['repair-ticket']);
    const probe = path.join(workspaceRoot, 'apps/api/test/fixtures/workflow/domain-probe.ts.txt');
    expect(findings(probe, words)).toEqual([
      'apps/api/test/fixtures/workflow/domain-probe.ts.txt:2 identifier repairCost',
      'apps/api/test/fixtures/workflow/domain-probe.ts.txt:3 string "repair-ticket"',
    ]);
  });
});
