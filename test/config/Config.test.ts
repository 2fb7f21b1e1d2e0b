import { delimiter } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/Config.js';

describe('loadConfig', () => {
  it('runs the local Neo4j when NEO4J_URI is not set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.local).toMatchObject({ boltPort: 7687, httpPort: 7474 });
  });

  it('uses NEO4J_URI, including routing URIs, with its credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'claims' });
    expect(config.neo4j).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'claims' });
  });

  it('reads the API token and the extra alias lists', () => {
    expect(loadConfig({})).toMatchObject({ apiToken: undefined, entityPaths: [] });
    const config = loadConfig({ CLAIMGRAPH_API_TOKEN: ' secret ', CLAIMGRAPH_ENTITIES: ['/a/one.json', '', ' /b '].join(delimiter) });
    expect(config).toMatchObject({ apiToken: 'secret', entityPaths: ['/a/one.json', '/b'] });
    expect(loadConfig({ CLAIMGRAPH_API_TOKEN: '  ' }).apiToken).toBeUndefined();
  });

  it('explains what is wrong with bad settings', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://h:7687' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a positive whole number/);
  });
});
