// merge-article-facts: one article with everything it states, in one statement (each statement costs Neo4j a round
// trip and its own execution overhead, which eight smaller statements spent more time on than their writes): the
// article node, its organisations, people and programs (merged by id; aliases accumulate across articles), roles,
// organisation hierarchy and program operators, who published and wrote it and which sources it cites, its figures
// and its quotes. Each part is a CALL subquery over the single article row, in that order, so later parts find the
// entities earlier parts merged.
// Roles carry the article they come from. PART_OF and RUN_BY are one relationship however many articles state them;
// the article's MENTIONS of the organisation or program names what it says it is part of (partOf) or run by (runBy).
// Concurrent ingests must not queue on the entities they share (ICE, a Measure, a year), so nothing here locks one
// that exists (a new one is locked by the MERGE that creates it, as it must be):
// - the relationships of the article and of its own figures and quotes are CREATEd, not merged: none exists yet
//   (delete-article-facts removed an earlier version's) and the plan lists each once, whereas a relationship MERGE
//   that finds nothing locks both its nodes until commit;
// - a speaker, source or subject of either label is sought under each label with null for the others: in a writing
//   statement an index seek on a unique key that finds nothing locks that key until commit, as MERGE needs; a seek
//   for null finds nothing without locking.
// Parameters: $article {id, title, titleInferred, url, publishedOn, contentHash, textLength}, $factsHash,
//   $ingestedAt (ISO datetime), $organizations [{id, name, acronym, aliases, kind, partOfId}],
//   $people [{id, name, aliases}], $programs [{id, name, aliases, runById}], $roles [{personId, organizationId, title,
//   unit}], $publisherId (or null), $bylineIds, $citedIds (each list once per id),
//   $figures [{id, value, valueText, approximate, qualifier, unit, measure, measureId, measureDetail, period,
//     periodNode {id, kind, start, end} or null, scope, derived, source {id, label} or null, start, end}],
//   $quotes [{id, text, direct, verb, speaker {id, label}, aboutFigureIds, aboutEntities [{id, label}], start, end}]
// Columns: entitiesCreated (organisations, people and programs new to the graph), figures, quotes
MERGE (a:Article {id: $article.id})
SET a.title = $article.title,
    a.titleInferred = $article.titleInferred,
    a.url = $article.url,
    a.publishedOn = CASE WHEN $article.publishedOn IS NULL THEN null ELSE date($article.publishedOn) END,
    a.contentHash = $article.contentHash,
    a.factsHash = $factsHash,
    a.textLength = toInteger($article.textLength),
    a.ingestedAt = datetime($ingestedAt)
WITH a
CALL (a) {
  UNWIND $organizations AS row
  MERGE (o:Organization {id: row.id})
  ON CREATE SET o.name = row.name, o.kind = row.kind, o.createdNow = true
  WITH a, o, row, coalesce(o.acronym, row.acronym) AS acronym,
       reduce(acc = [], alias IN coalesce(o.aliases, []) + row.aliases |
         CASE WHEN alias IN acc OR alias = o.name THEN acc ELSE acc + alias END) AS aliases
  // A node many articles share (ICE) is written only when this article adds a name to it: writes take
  // the node's lock until commit, and concurrent ingests would queue behind it.
  CALL (o, aliases, acronym) {
    WITH o, aliases, acronym
    WHERE o.aliasesText IS NULL OR aliases <> coalesce(o.aliases, []) OR coalesce(acronym, '') <> coalesce(o.acronym, '')
    SET o.aliases = aliases, o.acronym = acronym,
        o.aliasesText = trim(reduce(text = '', alias IN aliases + CASE WHEN acronym IS NULL OR acronym IN aliases THEN [] ELSE [acronym] END | text + ' ' + alias))
  }
  // The first article to name an organisation sets its kind; the Agency label follows that kind.
  CALL (o) {
    WITH o WHERE o.kind = 'agency' AND NOT o:Agency
    SET o:Agency
  }
  CREATE (a)-[:MENTIONS {partOf: row.partOfId}]->(o)
  WITH o, o.createdNow IS NOT NULL AS isNew
  CALL (o, isNew) {
    WITH o WHERE isNew
    REMOVE o.createdNow
  }
  RETURN count(CASE WHEN isNew THEN 1 END) AS organizationsCreated
}
CALL (a) {
  UNWIND $people AS row
  MERGE (p:Person {id: row.id})
  ON CREATE SET p.name = row.name, p.createdNow = true
  WITH a, p, row, reduce(acc = [], alias IN coalesce(p.aliases, []) + row.aliases |
        CASE WHEN alias IN acc OR alias = p.name THEN acc ELSE acc + alias END) AS aliases
  // Shared nodes are written only when this article adds a name to them, as organisations above.
  CALL (p, aliases) {
    WITH p, aliases WHERE p.aliasesText IS NULL OR aliases <> coalesce(p.aliases, [])
    SET p.aliases = aliases, p.aliasesText = trim(reduce(text = '', alias IN aliases | text + ' ' + alias))
  }
  CREATE (a)-[:MENTIONS]->(p)
  WITH p, p.createdNow IS NOT NULL AS isNew
  CALL (p, isNew) {
    WITH p WHERE isNew
    REMOVE p.createdNow
  }
  RETURN count(CASE WHEN isNew THEN 1 END) AS peopleCreated
}
CALL (a) {
  UNWIND $programs AS row
  MERGE (p:Program {id: row.id})
  ON CREATE SET p.name = row.name, p.createdNow = true
  WITH a, p, row, reduce(acc = [], alias IN coalesce(p.aliases, []) + row.aliases |
        CASE WHEN alias IN acc OR alias = p.name THEN acc ELSE acc + alias END) AS aliases
  CALL (p, aliases) {
    WITH p, aliases WHERE p.aliasesText IS NULL OR aliases <> coalesce(p.aliases, [])
    SET p.aliases = aliases, p.aliasesText = trim(reduce(text = '', alias IN aliases | text + ' ' + alias))
  }
  CREATE (a)-[:MENTIONS {runBy: row.runById}]->(p)
  WITH p, p.createdNow IS NOT NULL AS isNew
  CALL (p, isNew) {
    WITH p WHERE isNew
    REMOVE p.createdNow
  }
  RETURN count(CASE WHEN isNew THEN 1 END) AS programsCreated
}
CALL (a) {
  UNWIND $roles AS row
  MATCH (p:Person {id: row.personId}), (o:Organization {id: row.organizationId})
  CREATE (p)-[r:HOLDS_ROLE {article: a.id, title: coalesce(row.title, ''), unit: row.unit}]->(o)
}
// A MERGE that finds its relationship locks nothing, and these are found but for the first article to state them.
CALL () {
  UNWIND $organizations AS row
  WITH row WHERE row.partOfId IS NOT NULL
  MATCH (child:Organization {id: row.id}), (parent:Organization {id: row.partOfId})
  MERGE (child)-[:PART_OF]->(parent)
}
CALL () {
  UNWIND $programs AS row
  WITH row WHERE row.runById IS NOT NULL
  MATCH (program:Program {id: row.id}), (o:Organization {id: row.runById})
  MERGE (program)-[:RUN_BY]->(o)
}
CALL (a) {
  OPTIONAL MATCH (publisher:Organization {id: $publisherId})
  FOREACH (_ IN CASE WHEN publisher IS NULL THEN [] ELSE [1] END | CREATE (a)-[:PUBLISHED_BY]->(publisher))
}
CALL (a) {
  UNWIND $bylineIds AS authorId
  MATCH (author:Person {id: authorId})
  CREATE (a)-[:WRITTEN_BY]->(author)
}
CALL (a) {
  UNWIND $citedIds AS sourceId
  MATCH (source:Organization {id: sourceId})
  CREATE (a)-[:CITES]->(source)
}
CALL (a) {
  UNWIND $figures AS row
  MERGE (f:Figure {id: row.id})
  SET f.value = row.value, f.valueText = row.valueText, f.approximate = row.approximate,
      f.qualifier = row.qualifier, f.unit = row.unit, f.measure = row.measure,
      f.measureDetail = row.measureDetail, f.measureId = row.measureId, f.period = row.period, f.scope = row.scope, f.derived = row.derived
  CREATE (f)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(a)
  // A figure that can be linked by value is a first statement until linking finds the one it restates.
  WITH a, f, row
  CALL (f, row) {
    WITH row WHERE row.period IS NOT NULL AND NOT coalesce(row.derived, false)
    SET f:FirstStatement
  }
  MERGE (m:Measure {id: row.measureId})
  ON CREATE SET m.name = row.measure
  CREATE (f)-[:MEASURES]->(m)
  WITH f, row
  CALL (f, row) {
    WITH row WHERE row.periodNode IS NOT NULL
    MERGE (p:Period {id: row.periodNode.id})
    ON CREATE SET p.kind = row.periodNode.kind,
        p.start = CASE WHEN row.periodNode.start IS NULL THEN null ELSE date(row.periodNode.start) END,
        p.end = CASE WHEN row.periodNode.end IS NULL THEN null ELSE date(row.periodNode.end) END
    CREATE (f)-[:FOR_PERIOD]->(p)
  }
  CALL (f, row) {
    WITH row WHERE row.source IS NOT NULL
    CALL (row) {
      MATCH (s:Person {id: CASE row.source.label WHEN 'Person' THEN row.source.id END}) RETURN s
      UNION
      MATCH (s:Organization {id: CASE row.source.label WHEN 'Organization' THEN row.source.id END}) RETURN s
    }
    CREATE (f)-[:ATTRIBUTED_TO]->(s)
  }
  RETURN count(f) AS figures
}
CALL (a) {
  UNWIND $quotes AS row
  MERGE (q:Quote {id: row.id})
  SET q.text = row.text, q.direct = row.direct, q.verb = row.verb
  CREATE (q)-[:REPORTED_IN {start: toInteger(row.start), end: toInteger(row.end)}]->(a)
  WITH q, row
  CALL (q, row) {
    CALL (row) {
      MATCH (s:Person {id: CASE row.speaker.label WHEN 'Person' THEN row.speaker.id END}) RETURN s
      UNION
      MATCH (s:Organization {id: CASE row.speaker.label WHEN 'Organization' THEN row.speaker.id END}) RETURN s
    }
    CREATE (s)-[:SAID]->(q)
  }
  CALL (q, row) {
    UNWIND row.aboutFigureIds AS figureId
    MATCH (f:Figure {id: figureId})
    CREATE (q)-[:ABOUT]->(f)
  }
  CALL (q, row) {
    UNWIND row.aboutEntities AS ref
    CALL (ref) {
      MATCH (e:Person {id: CASE ref.label WHEN 'Person' THEN ref.id END}) RETURN e
      UNION
      MATCH (e:Organization {id: CASE ref.label WHEN 'Organization' THEN ref.id END}) RETURN e
      UNION
      MATCH (e:Program {id: CASE ref.label WHEN 'Program' THEN ref.id END}) RETURN e
    }
    CREATE (q)-[:ABOUT]->(e)
  }
  RETURN count(q) AS quotes
}
RETURN organizationsCreated + peopleCreated + programsCreated AS entitiesCreated, figures, quotes
