// find-paths: the shortest paths between two entities through the facts that connect them.
// Figures' Measure and Period nodes are left out: every figure of a measure or year would touch them.
// Parameters: $fromId, $fromLabel, $toId, $toLabel (Person, Organization or Program), $maxHops (1 to 4), $limit,
//   $articlesPerStep
// Columns: nodes ([{id, label}] along the path), steps ([{type, startId, endId, article, articles, start, end}]; the
//   articles of a PART_OF or RUN_BY step are the first $articlesPerStep by id of those whose MENTIONS state it)
MATCH (from:Person|Organization|Program {id: $fromId}) WHERE $fromLabel IN labels(from)
MATCH (to:Person|Organization|Program {id: $toId}) WHERE $toLabel IN labels(to)
MATCH path = allShortestPaths((from)-[:MENTIONS|SAID|ABOUT|REPORTED_IN|HOLDS_ROLE|PART_OF|RUN_BY|ATTRIBUTED_TO|CITES|PUBLISHED_BY|WRITTEN_BY|SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH|RESTATES*..4]-(to))
WHERE length(path) <= $maxHops
WITH path LIMIT toInteger($limit)
RETURN [node IN nodes(path) | {
          id: node.id,
          label: head([label IN labels(node) WHERE label IN ['Article', 'Quote', 'Figure', 'Person', 'Organization', 'Program']])
        }] AS nodes,
       [rel IN relationships(path) | {
          type: type(rel), startId: startNode(rel).id, endId: endNode(rel).id,
          article: rel.article, start: rel.start, end: rel.end,
          articles: CASE WHEN type(rel) IN ['PART_OF', 'RUN_BY'] THEN COLLECT {
            WITH startNode(rel) AS entity, endNode(rel).id AS otherId, type(rel) = 'PART_OF' AS isPartOf
            MATCH (stating:Article)-[stated:MENTIONS]->(entity)
            WHERE otherId = CASE WHEN isPartOf THEN stated.partOf ELSE stated.runBy END
            RETURN stating.id ORDER BY stating.id LIMIT toInteger($articlesPerStep)
          } END
        }] AS steps
