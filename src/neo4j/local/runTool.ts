import { spawn } from 'node:child_process';
import { LocalNeo4jError } from './LocalNeo4jError.js';

export interface ToolResult {
  code: number;
  output: string;
}

/** Runs a command to completion, turning "not installed" into an actionable message. */
export function runTool(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(new LocalNeo4jError(`${command} is not installed: the local Neo4j needs Java 17+ and Maven (or set NEO4J_URI to an existing Neo4j)`));
      } else {
        reject(error);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
