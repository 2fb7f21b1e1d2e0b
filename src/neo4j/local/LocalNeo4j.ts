import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { installNeo4j } from './installNeo4j.js';
import { installPlugins, type PluginArtifact } from './installPlugins.js';
import { isPortFree } from './isPortFree.js';
import { LocalNeo4jError } from './LocalNeo4jError.js';
import { neo4jConf } from './neo4jConf.js';
import { runTool } from './runTool.js';

export interface LocalNeo4jOptions {
  /** Holds the fetched jars, shared by every instance. */
  home: string;
  /** Holds this instance's conf, data, logs and password. */
  instanceDir: string;
  boltPort: number;
  httpPort: number;
  /** Used only when the instance is created; afterwards the stored password rules. */
  initialPassword?: string | undefined;
  log?: (line: string) => void;
  readyTimeoutMs?: number;
  /** Plugin jars from Maven Central (`groupId:artifactId:version[:classifier]`), copied into this instance's plugins folder. */
  plugins?: PluginArtifact[] | undefined;
  /** neo4j.conf settings added to, or replacing, the defaults (e.g. `dbms.security.procedures.unrestricted`). */
  settings?: Record<string, string> | undefined;
}

export type LocalNeo4jState = 'running' | 'starting' | 'stopped';

const JAVA_OPTIONS = [
  '-Xms256m', '-Xmx1g', '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions', '-XX:+TrustFinalNonStaticFields', '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true',
  // Java 17 refuses Neo4j's direct buffers without these.
  '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true', '-Dfile.encoding=UTF-8',
];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A Neo4j Community server built from Maven Central jars, run as one supervised JVM. */
export class LocalNeo4j {
  private readonly log: (line: string) => void;

  constructor(private readonly options: LocalNeo4jOptions) {
    this.log = options.log ?? (() => {});
  }

  get boltUri(): string {
    return `bolt://localhost:${this.options.boltPort}`;
  }

  get browserUrl(): string {
    return `http://localhost:${this.options.httpPort}/browser/`;
  }

  private path(...parts: string[]): string {
    return join(this.options.instanceDir, ...parts);
  }

  get passwordFile(): string {
    return this.path('password');
  }

  async password(): Promise<string> {
    return (await readFile(this.passwordFile, 'utf8')).trim();
  }

  /** The pid of this instance's server if one is alive; a stale pid file is removed. */
  private async runningPid(): Promise<number | undefined> {
    const pidFile = this.path('run', 'claimgraph-neo4j.pid');
    if (!existsSync(pidFile)) return undefined;
    const pid = Number((await readFile(pidFile, 'utf8')).trim());
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && this.isOurServer(pid)) return pid;
    await rm(pidFile, { force: true });
    return undefined;
  }

  /** A pid file can outlive a reboot; only a JVM started for this instance counts. */
  private isOurServer(pid: number): boolean {
    const marker = `--home-dir=${this.options.instanceDir}`;
    const cmdline = `/proc/${pid}/cmdline`;
    if (existsSync(cmdline)) return readFileSync(cmdline, 'utf8').includes(marker);
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' }).includes(marker);
    } catch {
      return false;
    }
  }

  private async logSince(log: string, offset: number): Promise<string> {
    if (!existsSync(log)) return '';
    const text = await readFile(log);
    return text.subarray(offset).toString('utf8');
  }

  private async isAnswering(): Promise<boolean> {
    try {
      const response = await fetch(`http://127.0.0.1:${this.options.httpPort}/`, { signal: AbortSignal.timeout(2000) });
      const body = (await response.json()) as { neo4j_version?: string };
      return typeof body.neo4j_version === 'string';
    } catch {
      return false;
    }
  }

  async state(): Promise<LocalNeo4jState> {
    if ((await this.runningPid()) === undefined) return 'stopped';
    return (await this.isAnswering()) ? 'running' : 'starting';
  }

  private async checkJava(): Promise<void> {
    const { output } = await runTool('java', ['-version']);
    const major = Number(/version "(\d+)/.exec(output)?.[1] ?? 0);
    if (major < 17) throw new LocalNeo4jError(`Java ${major || '?'} found; the local Neo4j needs Java 17 or newer (or set NEO4J_URI)`);
  }

  /** Writes conf and the initial password before the very first start, as Neo4j requires. */
  private async prepareInstance(libDir: string): Promise<void> {
    for (const dir of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) await mkdir(this.path(dir), { recursive: true });
    await writeFile(this.path('conf', 'neo4j.conf'), neo4jConf(this.options));
    const plugins = await installPlugins(this.options.home, libDir, this.options.plugins ?? [], this.log);
    for (const jar of plugins) await copyFile(jar, this.path('plugins', basename(jar)));
    if (existsSync(this.path('password'))) return;
    // Hex, not base64url: a password starting with '-' is read by neo4j-admin as an option.
    const password = this.options.initialPassword ?? randomBytes(16).toString('hex');
    const result = await runTool('java', [
      '-cp', `${libDir}/*`, `-Dbasedir=${this.options.instanceDir}`,
      'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', password,
    ], { env: { ...process.env, NEO4J_CONF: this.path('conf') } });
    if (result.code !== 0) throw new LocalNeo4jError(`could not set the Neo4j password: ${result.output.trim().split('\n').pop()}`);
    await writeFile(this.path('password'), `${password}\n`, { mode: 0o600 });
  }

  /** Starts the server unless it already runs; resolves once its HTTP endpoint answers (callers then verify Bolt). */
  async start(): Promise<{ startedNow: boolean }> {
    if (await this.runningPid()) {
      await this.waitUntilReady();
      return { startedNow: false };
    }
    await this.checkJava();
    for (const port of [this.options.boltPort, this.options.httpPort]) {
      if (!(await isPortFree(port))) {
        throw new LocalNeo4jError(`port ${port} is taken: stop what uses it or set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT`);
      }
    }
    const libDir = await installNeo4j(this.options.home, this.log);
    await this.prepareInstance(libDir);

    const consoleLog = openSync(this.path('logs', 'console.log'), 'a');
    // Detached, so that `claimgraph neo4j start` can return and leave the server running.
    const child = spawn('java', [
      // Plugins on the class path as well, as Neo4j's own launcher does: APOC registers kernel extensions through it.
      ...JAVA_OPTIONS, '-cp', `${this.path('plugins')}/*${delimiter}${libDir}/*`, 'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${this.options.instanceDir}`, `--config-dir=${this.path('conf')}`, '--console-mode',
    ], { detached: true, stdio: ['ignore', consoleLog, consoleLog] });
    closeSync(consoleLog);
    child.unref();
    if (child.pid === undefined) throw new LocalNeo4jError('could not start java for Neo4j');
    await writeFile(this.path('run', 'claimgraph-neo4j.pid'), `${child.pid}\n`);
    this.log(`Starting Neo4j (logs: ${this.path('logs')})...`);
    try {
      await this.waitUntilReady();
    } catch (error) {
      await this.stop();
      throw error;
    }
    return { startedNow: true };
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + (this.options.readyTimeoutMs ?? 120_000);
    while (Date.now() < deadline) {
      if (await this.isAnswering()) return;
      if ((await this.runningPid()) === undefined) {
        throw new LocalNeo4jError(`Neo4j exited during start-up; see ${this.path('logs', 'console.log')} and neo4j.log`);
      }
      await sleep(250);
    }
    throw new LocalNeo4jError(`Neo4j did not become ready in time; see ${this.path('logs', 'neo4j.log')}`);
  }

  /**
   * SIGTERM lets Neo4j check-point and close its store. The JVM sometimes lingers after logging
   * "Stopped."; once the store is closed it is safe to end it, and SIGKILL also ends a hung stop.
   */
  async stop(timeoutMs = 60_000): Promise<boolean> {
    const pid = await this.runningPid();
    if (pid === undefined) return false;
    const log = this.path('logs', 'neo4j.log');
    const logStart = existsSync(log) ? statSync(log).size : 0;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    let stoppedAt: number | undefined;
    while (isAlive(pid) && Date.now() < deadline) {
      await sleep(200);
      if (stoppedAt === undefined && (await this.logSince(log, logStart)).includes('INFO  Stopped.')) stoppedAt = Date.now();
      if (stoppedAt !== undefined && Date.now() - stoppedAt > 2_000) break;
    }
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await rm(this.path('run', 'claimgraph-neo4j.pid'), { force: true });
    return true;
  }
}
