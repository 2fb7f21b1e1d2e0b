import nlp from 'compromise';

type Gender = 'male' | 'female' | null;

/**
 * Word lists from the lexicon compromise ships in its npm package: given names (with gender),
 * surnames, places and other words. Running compromise's own tagger per article costs ~50 ms; the lexicon
 * alone is enough to tell "Janet Napolitano" from "Corpus Christi".
 */
class NameLexicon {
  private readonly firstNames = new Map<string, Gender>();
  private readonly lastNames = new Set<string>();
  private readonly places = new Set<string>();
  private readonly commonWords = new Set<string>();

  constructor() {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    for (const [word, tags] of Object.entries(lexicon)) {
      const list = Array.isArray(tags) ? tags : [tags];
      if (list.includes('MaleName')) this.firstNames.set(word, 'male');
      else if (list.includes('FemaleName')) this.firstNames.set(word, 'female');
      else if (list.includes('FirstName')) this.firstNames.set(word, null);
      if (list.includes('LastName')) this.lastNames.add(word);
      if (list.some((tag) => tag === 'Place' || tag === 'City' || tag === 'Country' || tag === 'Region')) this.places.add(word);
      else if (!list.some((tag) => /Name$/.test(tag))) this.commonWords.add(word);
    }
  }

  isFirstName(word: string): boolean {
    return this.firstNames.has(plain(word));
  }

  genderOf(firstName: string): Gender {
    return this.firstNames.get(plain(firstName)) ?? null;
  }

  isLastName(word: string): boolean {
    return this.lastNames.has(plain(word));
  }

  /** An English word other than a name ("watch", "focus", "human"): "Human Rights Watch said" is no person. */
  isCommonWord(word: string): boolean {
    return this.commonWords.has(word.toLowerCase());
  }

  isPlace(word: string): boolean {
    return this.places.has(word.toLowerCase());
  }
}

/** The lexicon's form of a word: lower case, without accents ("José" is "jose"). */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let shared: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  shared ??= new NameLexicon();
  return shared;
}
