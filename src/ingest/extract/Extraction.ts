/** The output of `claimgraph extract`: the extraction format of the evaluation (snake_case keys). */
export interface ExtractedRole {
  title: string | null;
  organization: string;
}

export interface ExtractedPerson {
  name: string;
  aliases: string[];
  roles: ExtractedRole[];
}

export interface ExtractedOrganization {
  name: string;
  aliases: string[];
  kind: 'agency' | 'ngo' | 'think_tank' | 'media' | 'political' | 'legislature' | 'court' | 'party' | 'other';
  part_of: string | null;
}

export interface ExtractedProgram {
  name: string;
  aliases: string[];
  run_by: string | null;
}

export interface ExtractedFigure {
  id: string;
  value: number;
  value_text: string;
  approximate: boolean;
  qualifier: string | null;
  unit: 'people' | 'percent' | 'usd' | 'other';
  measure: string;
  period: string | null;
  scope: string | null;
  source: string | null;
  derived: boolean;
  sentence: string;
  start: number;
  end: number;
}

export interface ExtractedQuote {
  id: string;
  speaker: string;
  text: string;
  direct: boolean;
  verb: string | null;
  about_figures: string[];
  start: number;
  end: number;
}

export interface Extraction {
  article: {
    title: string;
    title_inferred: boolean;
    publisher: string | null;
    url: string | null;
    published_on: string | null;
    byline: string[];
    sources_cited: string[];
  };
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  programs: ExtractedProgram[];
  figures: ExtractedFigure[];
  quotes: ExtractedQuote[];
}
