// find-entities-to-merge: takes the write lock of every person, organisation and program with either
// id, so that two merges touching one node go one after the other, and says which labels each id
// has (ids are unique per label only).
// Parameters: $ids (the kept and the merged id)
// Columns: id, labels (entity labels with a node of that id; ids with none are absent)
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Person {id: id}) RETURN e, 'Person' AS label
  UNION
  MATCH (e:Organization {id: id}) RETURN e, 'Organization' AS label
  UNION
  MATCH (e:Program {id: id}) RETURN e, 'Program' AS label
}
SET e.writeLock = true
REMOVE e.writeLock
RETURN id, collect(label) AS labels
