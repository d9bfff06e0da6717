/**
 * Child processes for tests, always asynchronous and never raced against a
 * clock. A test waits for its child to exit; if the child never does, the
 * suite's own test timeout fails the test, and `stopChildren` (run after
 * every test file by `test/support/setup.ts`) kills what is left.
 *
 * Why not `spawnSync`/`execSync`: a synchronous call blocks the vitest
 * worker's event loop, so the worker cannot answer the runner's RPC; past 60 s
 * (a slow `npm install` on a loaded machine) vitest reports "Timeout calling
 * onTaskUpdate" and exits 1 although every test passed.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'

export interface Exited {
  /** The exit code, or null when a signal ended the process or it never started. */
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Set when the process could not be started (e.g. ENOENT). */
  error?: Error
}

export interface RunProcessOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Written to stdin, which is then closed; stdin is empty without it. */
  input?: string
}

const live = new Set<ChildProcess>()
const ended = new WeakSet<ChildProcess>()

/** Start a child process that `stopChildren` kills if it is still running then. */
export function startChild(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options)
  live.add(child)
  child.once('exit', () => live.delete(child))
  child.once('error', () => live.delete(child))
  child.once('close', () => ended.add(child))
  return child
}

/** Run a command to its end and collect its output; never rejects. */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions): Promise<Exited> {
  return new Promise((resolve) => {
    const child = startChild(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    let error: Error | undefined
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk))
    // A child that exits before reading its input closes the pipe: not the test's concern.
    child.stdin!.on('error', () => {})
    child.stdin!.end(options.input ?? '')
    child.once('error', (failure) => {
      error = failure
    })
    // 'close' comes after 'exit' and after both output streams have ended (or after 'error').
    child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
      const result: Exited = { code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }
      if (error) result.error = error
      resolve(result)
    })
  })
}

export interface Completed {
  code: number
  stdout: string
  stderr: string
}

/** A run that ended with an exit code; throws, naming `what`, when it could not start or a signal ended it. */
export function completed(result: Exited, what: string): Completed {
  if (result.error) throw new Error(`${what} could not be started: ${result.error.message}`)
  if (result.code === null) throw new Error(`${what} was ended by ${result.signal}; its stderr:\n${result.stderr}`)
  return { code: result.code, stdout: result.stdout, stderr: result.stderr }
}

/**
 * Resolve when `read()` (what a running child has written so far) matches
 * `pattern`; reject, with the output, if the child exits first. No timer: a
 * child that never writes it fails the test at the suite's test timeout.
 */
export function waitForOutput(child: ChildProcess, stream: NodeJS.ReadableStream, read: () => string, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(read())) return false
      stop()
      resolve()
      return true
    }
    // 'close' comes after the output streams have ended: everything written has been read.
    const closed = () => {
      if (check()) return
      stop()
      reject(new Error(`the process ended (code ${child.exitCode}, signal ${child.signalCode}) before writing ${pattern}; its output:\n${read()}`))
    }
    const stop = () => {
      stream.off('data', check)
      child.off('close', closed)
    }
    // Listeners added here run after the caller's own 'data' listener, which appends to what `read` returns.
    stream.on('data', check)
    child.once('close', closed)
    if (ended.has(child)) closed()
    else check()
  })
}

/** Kill every child a test started and did not wait for (one that outlived a failed test). */
export function stopChildren(): void {
  for (const child of live) child.kill('SIGKILL')
  live.clear()
}
