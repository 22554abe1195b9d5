/** A JSON scalar. */
export type JsonPrimitive = string | number | boolean | null;

/** Any JSON value: what definitions store and what every evaluation returns. */
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * A JSONLogic rule as stored in a definition. Any JSON value is a rule: an object with exactly one key is an
 * operation (`{ "var": "priority" }`), an array is evaluated element by element, everything else is a literal.
 */
export type JsonLogicRule = JsonValue;
