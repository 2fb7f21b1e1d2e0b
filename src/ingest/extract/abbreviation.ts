/**
 * A word whose full stop ends no sentence (titles, company forms, months, states, initials), as a
 * regular-expression source to be followed by `\.`.
 */
export const ABBREVIATION = String.raw`(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Det|Rev|Fr|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ariz|Calif|Fla|Ill|Mass|Mich|Tenn|Va|Wash)|\b[A-Z]|\b(?:U\.S|U\.N|D\.C|N\.Y|L\.A|a\.m|p\.m|e\.g|i\.e))`;
