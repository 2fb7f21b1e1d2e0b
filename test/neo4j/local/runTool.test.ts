import { describe, expect, it } from 'vitest';
import { LocalNeo4jError } from '../../../src/neo4j/local/LocalNeo4jError.js';
import { neo4jConf } from '../../../src/neo4j/local/neo4jConf.js';
import { runTool } from '../../../src/neo4j/local/runTool.js';

describe('runTool', () => {
  it('says what to install when a tool is missing', async () => {
    await expect(runTool('no-such-tool-claimgraph', [])).rejects.toThrow(LocalNeo4jError);
    await expect(runTool('no-such-tool-claimgraph', [])).rejects.toThrow(/needs Java 17\+ and Maven \(or set NEO4J_URI/);
  });
});

describe('neo4jConf', () => {
  it('listens on loopback only, with authentication on', () => {
    const conf = neo4jConf({ instanceDir: '/x', boltPort: 1, httpPort: 2 });
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:1');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });
});
