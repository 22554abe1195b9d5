import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type DocumentNode, validate } from 'graphql';

// ADR 0007: the operations are typed by hand, so the compiler does not see a schema change. This test does: every
// GraphQL document of the app is validated against the committed apps/api/schema.gql (fields, arguments, types).

const SOURCE_ROOT = path.resolve(__dirname, '../..');
const SCHEMA_FILE = path.resolve(SOURCE_ROOT, '../../api/schema.gql');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Document';

describe('the GraphQL operations of the app', () => {
  const files = sourceFiles(SOURCE_ROOT);
  const operationFiles = files.filter((file) => file.endsWith('.operations.ts'));

  it('should live in *.operations.ts files only (one place to check them)', () => {
    // Given every source file of the app, then only the operations files write a GraphQL document
    const elsewhere = files.filter(
      (file) => !file.endsWith('.operations.ts') && /\bgql`/.test(readFileSync(file, 'utf8')),
    );
    expect(elsewhere.map((file) => path.relative(SOURCE_ROOT, file))).toEqual([]);
  });

  it('should each be valid against the committed schema.gql', async () => {
    // Given the schema the api commits, and every document the operations files export
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const documents: { name: string; document: DocumentNode }[] = [];
    for (const file of operationFiles) {
      const exported = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exported))
        if (isDocument(value)) documents.push({ name: `${path.relative(SOURCE_ROOT, file)}#${name}`, document: value });
    }
    expect(documents.length).toBeGreaterThan(40);

    // When each is validated, then none has a problem
    const problems = documents.flatMap(({ name, document }) =>
      validate(schema, document).map((error) => `${name}: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });
});
