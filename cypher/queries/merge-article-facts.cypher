// merge-article-facts: one article with everything it states, in one statement (each statement costs Neo4j a round
// trip and its own execution overhead, which eight smaller statements spent more time on than their writes): the
// article node, its organisations, people and programs (merged by id; aliases accumulate across articles), roles,
// organisation hierarchy and program operators, who published and wrote it and which sources it cites, its figures
// and its quotes. Each part is a CALL subquery over the single article row, in that order, so later parts find the
// entities earlier parts merged.
// Roles carry the article they come from; PART_OF and RUN_BY list every article that states them.
// Parameters: $article {id, title, titleInferred, url, publishedOn, contentHash, textLength}, $factsHash,
//   $ingestedAt (ISO datetime), $organizations [{id, name, acronym, aliases, kind}], $people [{id, name, aliases}],
//   $programs [{id, name, aliases}], $roles [{personId, organizationId, title, unit}], $partOf [{id, parentId}],
//   $runBy [{id, organizationId}], $publisherId (or null), $bylineIds, $citedIds,
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
  MERGE (a)-[:MENTIONS]->(o)
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
  MERGE (a)-[:MENTIONS]->(p)
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
  MERGE (a)-[:MENTIONS]->(p)
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
  MERGE (p)-[r:HOLDS_ROLE {article: a.id, title: coalesce(row.title, '')}]->(o)
  SET r.unit = row.unit
}
CALL (a) {
  UNWIND $partOf AS row
  MATCH (child:Organization {id: row.id}), (parent:Organization {id: row.parentId})
  MERGE (child)-[r:PART_OF]->(parent)
  SET r.articles = CASE WHEN a.id IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + a.id END
}
CALL (a) {
  UNWIND $runBy AS row
  MATCH (program:Program {id: row.id}), (o:Organization {id: row.organizationId})
  MERGE (program)-[r:RUN_BY]->(o)
  SET r.articles = CASE WHEN a.id IN coalesce(r.articles, []) THEN r.articles ELSE coalesce(r.articles, []) + a.id END
}
CALL (a) {
  OPTIONAL MATCH (publisher:Organization {id: $publisherId})
  FOREACH (_ IN CASE WHEN publisher IS NULL THEN [] ELSE [1] END | MERGE (a)-[:PUBLISHED_BY]->(publisher))
}
CALL (a) {
  UNWIND $bylineIds AS authorId
  MATCH (author:Person {id: authorId})
  MERGE (a)-[:WRITTEN_BY]->(author)
}
CALL (a) {
  UNWIND $citedIds AS sourceId
  MATCH (source:Organization {id: sourceId})
  MERGE (a)-[:CITES]->(source)
}
CALL (a) {
  UNWIND $figures AS row
  MERGE (f:Figure {id: row.id})
  SET f.value = row.value, f.valueText = row.valueText, f.approximate = row.approximate,
      f.qualifier = row.qualifier, f.unit = row.unit, f.measure = row.measure,
      f.measureDetail = row.measureDetail, f.measureId = row.measureId, f.period = row.period, f.scope = row.scope, f.derived = row.derived
  MERGE (f)-[span:REPORTED_IN]->(a)
  SET span.start = toInteger(row.start), span.end = toInteger(row.end)
  MERGE (m:Measure {id: row.measureId})
  ON CREATE SET m.name = row.measure
  MERGE (f)-[:MEASURES]->(m)
  WITH f, row
  CALL (f, row) {
    WITH row WHERE row.periodNode IS NOT NULL
    MERGE (p:Period {id: row.periodNode.id})
    ON CREATE SET p.kind = row.periodNode.kind,
        p.start = CASE WHEN row.periodNode.start IS NULL THEN null ELSE date(row.periodNode.start) END,
        p.end = CASE WHEN row.periodNode.end IS NULL THEN null ELSE date(row.periodNode.end) END
    MERGE (f)-[:FOR_PERIOD]->(p)
  }
  CALL (f, row) {
    WITH row WHERE row.source IS NOT NULL
    CALL (row) {
      MATCH (s:Person {id: row.source.id}) WHERE row.source.label = 'Person' RETURN s
      UNION
      MATCH (s:Organization {id: row.source.id}) WHERE row.source.label = 'Organization' RETURN s
    }
    MERGE (f)-[:ATTRIBUTED_TO]->(s)
  }
  RETURN count(f) AS figures
}
CALL (a) {
  UNWIND $quotes AS row
  MERGE (q:Quote {id: row.id})
  SET q.text = row.text, q.direct = row.direct, q.verb = row.verb
  MERGE (q)-[span:REPORTED_IN]->(a)
  SET span.start = toInteger(row.start), span.end = toInteger(row.end)
  WITH q, row
  CALL (q, row) {
    CALL (row) {
      MATCH (s:Person {id: row.speaker.id}) WHERE row.speaker.label = 'Person' RETURN s
      UNION
      MATCH (s:Organization {id: row.speaker.id}) WHERE row.speaker.label = 'Organization' RETURN s
    }
    MERGE (s)-[:SAID]->(q)
  }
  CALL (q, row) {
    UNWIND row.aboutFigureIds AS figureId
    MATCH (f:Figure {id: figureId})
    MERGE (q)-[:ABOUT]->(f)
  }
  CALL (q, row) {
    UNWIND row.aboutEntities AS ref
    CALL (ref) {
      MATCH (e:Person {id: ref.id}) WHERE ref.label = 'Person' RETURN e
      UNION
      MATCH (e:Organization {id: ref.id}) WHERE ref.label = 'Organization' RETURN e
      UNION
      MATCH (e:Program {id: ref.id}) WHERE ref.label = 'Program' RETURN e
    }
    MERGE (q)-[:ABOUT]->(e)
  }
  RETURN count(q) AS quotes
}
RETURN organizationsCreated + peopleCreated + programsCreated AS entitiesCreated, figures, quotes
