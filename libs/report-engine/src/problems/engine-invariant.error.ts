/** A broken invariant of the report engine: always a bug (a definition planned without being checked first). */
export class EngineInvariantError extends Error {
  override readonly name = 'EngineInvariantError';

  /** Planning met something `checkDataset`/`checkReport` would have refused. */
  static unchecked(what: string): EngineInvariantError {
    return new EngineInvariantError(`The dataset or report was not checked: ${what} is invalid.`);
  }
}
