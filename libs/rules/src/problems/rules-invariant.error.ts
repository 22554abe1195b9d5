/** A broken invariant inside the rules library: always a bug, never a user error. */
export class RulesInvariantError extends Error {
  override readonly name = 'RulesInvariantError';

  static missingArgument(operation: string, index: number): RulesInvariantError {
    return new RulesInvariantError(`Compiled operation "${operation}" has no argument ${index}.`);
  }
}
