/** A title or a name's suffix before or after a person's name ("Sen.", "Capt.", "Jr."), as a regular-expression source to be followed by `\.`. */
export const NAME_ABBREVIATION = String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Det|Rev|Fr|St|Jr|Sr)`;

/**
 * A word whose full stop ends no sentence (titles, company forms, months, states, initials), as a
 * regular-expression source to be followed by `\.`.
 */
export const ABBREVIATION = String.raw`(?:\b(?:${NAME_ABBREVIATION}|Inc|Corp|Co|Ltd|No|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ariz|Calif|Fla|Ill|Mass|Mich|Tenn|Va|Wash)|\b[A-Z]|\b(?:U\.S|U\.N|D\.C|N\.Y|L\.A|a\.m|p\.m|e\.g|i\.e))`;
