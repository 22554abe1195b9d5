import type { RuleProblemCode } from './problem-code.type';
import type { RuleProblem } from './rule-problem.type';

/**
 * Internal signal that an evaluation must stop with a problem (a limit was hit, the clock is missing). It never
 * leaves the library: `evaluate` turns it into `{ ok: false, problems }`.
 */
export class RuleFault extends Error {
  override readonly name = 'RuleFault';

  private constructor(readonly problem: RuleProblem) {
    super(problem.message);
  }

  static of(code: RuleProblemCode, path: string, message: string): RuleFault {
    return new RuleFault({ code, path, message, severity: 'error' });
  }

  static unknownOperation(operation: string, path: string): RuleFault {
    return RuleFault.of('UNKNOWN_OPERATION', path, `Unknown or forbidden operation "${operation}".`);
  }

  static arrayTooLong(path: string, length: number, max: number): RuleFault {
    return RuleFault.of('LIMIT_ARRAY_LENGTH', path, `Array of ${length} elements exceeds the limit of ${max}.`);
  }

  static tooManyIterations(path: string, max: number): RuleFault {
    return RuleFault.of('LIMIT_ITERATIONS', path, `Evaluation exceeded ${max} array iterations.`);
  }

  static stringTooLong(path: string, max: number): RuleFault {
    return RuleFault.of('LIMIT_STRING_LENGTH', path, `String result exceeds the limit of ${max} characters.`);
  }
}
