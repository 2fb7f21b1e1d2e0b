/** The days of the week, as a regular-expression source: words of time, never names. */
export const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
