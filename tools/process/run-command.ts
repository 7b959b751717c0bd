import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface CommandResult {
  /** Exit code, or null when a signal ended it. */
  status: number | null;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
  /** Wall time in milliseconds. */
  wallMs: number;
  /** Peak resident memory of the largest process in the run, in bytes, when measured. */
  peakRssBytes?: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Measure peak memory with GNU time (/usr/bin/time -v). */
  measureMemory?: boolean;
  /** Echo the output while it runs. */
  echo?: boolean;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command to completion without blocking the event loop (so tests can run builds side
 * by side) and collects its output. With `measureMemory`, GNU time reports the peak RSS of
 * the command's largest process (for a build: the Node process running Astro).
 */
export function runCommand(command: string, args: string[], options: RunOptions): Promise<CommandResult> {
  const measure = options.measureMemory === true && existsSync(GNU_TIME);
  const [file, argv] = measure ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (options.echo) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => reject(new Error(`Failed to run ${command}.`, { cause: error })));
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      if (!measure) return resolve({ status, output, wallMs });
      const peak = /Maximum resident set size \(kbytes\): (\d+)/u.exec(output);
      const timeReport = output.lastIndexOf('\tCommand being timed:');
      resolve({
        status,
        output: timeReport >= 0 ? output.slice(0, timeReport) : output,
        wallMs,
        ...(peak?.[1] ? { peakRssBytes: Number(peak[1]) * 1024 } : {}),
      });
    });
  });
}
