import { badUserInput } from '../../errors/badUserInput.js';

/** A YYYY-MM-DD that names a real day (Neo4j's date() would fail on 2023-02-30), or null when none is given. */
export function calendarDate(value: string | null, argumentName: string): string | null {
  if (value === null) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${argumentName} must be a date as YYYY-MM-DD, got "${value}"`, { argumentName });
  }
  return value;
}
