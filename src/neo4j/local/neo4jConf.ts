export interface Neo4jConfOptions {
  instanceDir: string;
  boltPort: number;
  httpPort: number;
  /** Extra or overriding settings, e.g. `dbms.security.procedures.unrestricted` for a plugin; each key once. */
  settings?: Record<string, string> | undefined;
}

/** Loopback only, authentication on; strict validation rejects unknown keys, so keep this list exact. */
export function neo4jConf({ instanceDir, boltPort, httpPort, settings = {} }: Neo4jConfOptions): string {
  const base = [
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=localhost',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=localhost:${boltPort}`,
    `server.http.listen_address=127.0.0.1:${httpPort}`,
    `server.http.advertised_address=localhost:${httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${instanceDir}/data`,
    `server.directories.logs=${instanceDir}/logs`,
    `server.directories.run=${instanceDir}/run`,
    `server.directories.plugins=${instanceDir}/plugins`,
    `server.directories.import=${instanceDir}/import`,
    'server.memory.pagecache.size=256m',
    'dbms.usage_report.enabled=false',
  ];
  // Neo4j refuses a key declared twice, so an override replaces the base line.
  const overridden = new Set(Object.keys(settings));
  return [
    ...base.filter((line) => !overridden.has(line.slice(0, line.indexOf('=')))),
    ...Object.entries(settings).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}
