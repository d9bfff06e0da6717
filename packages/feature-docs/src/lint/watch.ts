/**
 * `--watch`: after the first run, check a file again each time it changes,
 * as remark-cli does (unified-args watches the files the run read, with
 * chokidar). Runs are queued so two reports never interleave. Ctrl+C stops
 * watching; the exit code is the last run's.
 */
import { watch } from 'chokidar'

/** Resolves once the watcher is ready: a change from then on is seen. */
export function watchFiles(origins: string[], cwd: string, check: (path: string) => Promise<void>): Promise<void> {
  const watcher = watch(origins, { cwd, ignoreInitial: true })
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  let queue = Promise.resolve()
  watcher.on('change', (path) => {
    queue = queue
      .then(() => check(path))
      .catch((error: unknown) => {
        // One failed run must not stop the watch: say so, and keep watching.
        process.stderr.write(`feature-docs: ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`)
        process.exitCode = 2
      })
  })
  watcher.on('error', (error) => {
    process.stderr.write(`feature-docs: watching stopped: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
    void watcher.close()
  })
  process.once('SIGINT', () => {
    // Ends the `^C` line the terminal echoed.
    process.stderr.write('\n')
    void watcher.close()
  })
  return ready
}
