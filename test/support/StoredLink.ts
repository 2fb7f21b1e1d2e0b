/** A figure link as the link tests read it back from Neo4j, from its start node. */
export interface StoredLink {
  from: string;
  to: string;
  type: string;
  reason: string;
  delta: number;
  derived: boolean;
  withinArticle: boolean;
  origin: string | null;
}
