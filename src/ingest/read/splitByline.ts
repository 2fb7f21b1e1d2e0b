/** The names in a byline such as "By Ana Ruiz, Lee Park and Sam Cole | May 3, 2021" (dates are no names). */
export function splitByline(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|&|\||\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && !/\d/.test(name));
}
