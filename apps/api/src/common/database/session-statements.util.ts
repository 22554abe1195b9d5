import { createHash } from 'node:crypto';
import { sqlLiteral, type SqlValue } from './inline-sql.util';

/** The part of a node-postgres client this needs: a simple-protocol query (no values). */
export interface SimpleQueryClient {
  query(text: string): Promise<unknown>;
}

/** The statements each pooled connection has prepared; a connection that closes takes its entry with it. */
const preparedOn = new WeakMap<SimpleQueryClient, Set<string>>();

/** Statement names by text (a few texts: one per shape of the visibility condition), not hashed on every call. */
const names = new Map<string, string>();
const MAX_NAMES = 1_000;

function nameOf(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `anxin_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(sql, name);
  }
  return name;
}

/** PostgreSQL error codes: no such prepared statement, and one of that name exists already. */
const UNKNOWN_STATEMENT = '26000';
const DUPLICATE_STATEMENT = '42P05';

/**
 * Runs `sql` (written with `?` placeholders) as a session-level prepared statement, after `prefix` (statements in
 * the same simple-protocol query, e.g. settings), in ONE round trip: `<prefix>; [prepare <name> as <sql>;] execute
 * <name>(<literals>)`. The statement is prepared on a connection the first time it runs there, and reused after, so
 * PostgreSQL parses and plans it once per connection (its plan cache re-plans by itself when the role, and so the
 * row-level security, differs from the plan's). The name is a hash of the text: one per distinct statement.
 * Returns the rows of the statement (the last result).
 */
export async function executePrepared<T>(
  client: SimpleQueryClient,
  { prefix, sql, params }: { prefix: string; sql: string; params: readonly SqlValue[] },
): Promise<T[]> {
  const name = nameOf(sql);
  let known = preparedOn.get(client);
  if (!known) preparedOn.set(client, (known = new Set()));
  const args = params.length > 0 ? `(${params.map(sqlLiteral).join(', ')})` : '';
  const run = async (prepare: boolean) => {
    let n = 0;
    const definition = prepare ? `prepare ${name} as ${sql.replace(/\?/g, () => `$${++n}`)};\n` : '';
    const results = (await client.query(`${prefix};\n${definition}execute ${name}${args}`)) as { rows: T[] }[];
    known.add(name);
    const last = Array.isArray(results) ? results.at(-1) : undefined;
    if (!last) throw new Error('executePrepared: expected one result per statement');
    return last.rows;
  };
  try {
    return await run(!known.has(name));
  } catch (error) {
    // The connection's own state disagrees with the record (e.g. a session reset): once more, the other way round.
    const code = (error as { code?: unknown }).code;
    if (code === UNKNOWN_STATEMENT) {
      known.delete(name);
      return run(true);
    }
    if (code === DUPLICATE_STATEMENT) return run(false);
    throw error;
  }
}
