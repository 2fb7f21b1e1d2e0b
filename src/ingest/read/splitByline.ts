/** A byline part that is a job or an email, not a name: "Staff Writer", "Senior Correspondent". */
const NOT_A_NAME = /^(?:(?:staff|senior|chief|special|contributing|national|political|foreign|investigative|associate|managing|executive|deputy|news|data|freelance)\s+){0,2}(?:writer|reporter|correspondent|editor|contributor|columnist|staff|bureau chief)$|@/i;

/** The names in a byline such as "By Ana Ruiz, Lee Park and Sam Cole | May 3, 2021" (dates and job titles are no names). */
export function splitByline(byline: string): string[] {
  return byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|;|&|\||\band\b)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0 && !/\d/.test(name) && !NOT_A_NAME.test(name));
}
