/**
 * JSONLogic truthiness (jsonlogic.com/truthy): like JavaScript, except that an empty array is false.
 *
 * @example isTruthy([]) === false; isTruthy('0') === true; isTruthy(0) === false
 */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}
