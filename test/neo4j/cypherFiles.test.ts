import { describe, expect, it } from 'vitest';
import { schemaStatements } from '../../src/neo4j/cypherFiles.js';

describe('schemaStatements', () => {
  it('drops comments and splits on semicolons', () => {
    expect(schemaStatements('// c\nCREATE A;\nCREATE\n  B;\n')).toEqual(['CREATE A', 'CREATE\n  B']);
  });
});
