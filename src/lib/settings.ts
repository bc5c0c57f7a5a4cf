/** Build settings read from the environment (limits the tests lower to build small sites in every layout). */

/** A build setting from the environment variable `name`: a positive integer, `fallback` when unset or empty. */
export function positiveIntegerSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${value}"`);
  return n;
}
