/**
 * A command run as a child process without blocking this one: its output is
 * collected and the promise resolves when it ends. The check starts its slow
 * steps with it so that they run beside the content check, and the build
 * tests run several Astro builds side by side. Node's `spawnSync` blocks and
 * `execFile` rejects on a non-zero exit, which both callers must read as a
 * result, not an error; these few lines give that.
 */
import { spawn } from 'node:child_process';

export interface Finished {
  /** The exit code, or null when a signal (or the timeout) ended it, or it never started. */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** What it wrote to stderr, and why it could not start when it could not. */
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the child is killed. */
  timeout?: number;
}

/** Starts `command` now; resolves with its output when it ends. */
export function finished(command: string, args: string[], options: RunOptions = {}): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: null, signal: null, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
