#!/usr/bin/env node
/**
 * How long the editor waits for diagnostics after a change to a long doc,
 * against the time it takes just to parse that doc: the real language
 * server (the built bin, `packages/feature-docs/bin/feature-docs-language-server.js`)
 * over stdio, spoken to by vscode-languageserver-protocol's client, as an
 * editor does. Two servers run side by side: one in a workspace with no
 * remark configuration (the preset is the fallback), one in a workspace
 * whose `.remarkrc.json` names the preset.
 *
 * Each round, for each server: a `didChange` with the whole text (the
 * server syncs full documents), one line edited, and the time until the
 * `publishDiagnostics` for that version arrives. Interleaved with those,
 * in this process, the parse time of the same text with remark-parse and
 * remark-gfm: the baseline, "its parse time", for each change the mean of
 * the parse just before it and the parse just after. The baseline runs in
 * the bench process, not the server's: same machine, same Node, measured
 * in the same rounds, so noise on a shared machine hits both sides.
 *
 * Then bursts: 20 changes sent at once, and the time until the last
 * version's diagnostics, over the parse time; the server's own counters
 * (`featureDocs/counters`) say how many of the burst were parsed and
 * linted.
 *
 * The report is the median ratio (latency ÷ parse), with min and max.
 * On Linux it also gives the CPU time the server process spent on each
 * change (from `/proc/<pid>/stat`) over the CPU time of the baseline parse
 * (`process.cpuUsage()`), both process-wide: a ratio that other load on a
 * shared machine disturbs far less than wall time.
 *
 *   npx tsc -b && node bench/editor-latency.mjs [rounds] [lines]
 *
 * FEATURE_DOCS_BENCH_CPU_PROF=<folder> starts the servers with `--cpu-prof`
 * and writes their CPU profiles there when they exit.
 */
import { execFile, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const bin = join(root, 'packages', 'feature-docs', 'bin', 'feature-docs-language-server.js')
const rounds = Number(process.argv[2] ?? 15)
const targetLines = Number(process.argv[3] ?? 5000)
const burstSize = 20
const bursts = Math.max(3, Math.ceil(rounds / 3))
const cpuProfiles = process.env.FEATURE_DOCS_BENCH_CPU_PROF

// A small linear congruential generator: the same doc on every machine.
let seed = 20261203
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
}
const words = 'sync queue conflict merge cache index store retry backoff token schema migration replica batch stream worker shard lease cursor snapshot'.split(' ')
const sentence = (length) => Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ')

/**
 * A valid technical-implementation doc of about `lines` lines: the built-in
 * template with its placeholders filled, each list item and table row
 * repeated with fresh words, and a paragraph of prose under each `###`
 * heading, `factor` times over.
 */
function longDoc(lines) {
  const template = join(root, 'packages', 'remark-preset-lint-feature-docs', 'templates', 'technical-implementation.md')
  const source = readFileSync(template, 'utf8')
  const build = (factor) =>
    source
      .split('\n')
      .flatMap((line) => {
        if (/^(- |\d+\. |\| #)/.test(line)) return Array.from({ length: factor }, () => fill(line))
        if (/^### /.test(line)) return [line, '', ...Array.from({ length: Math.ceil(factor / 8) }, () => [`${sentence(12)}.`, '']).flat()]
        return [fill(line)]
      })
      .join('\n')
  let factor = 1
  while (build(factor).split('\n').length < lines) factor++
  return build(factor)
}
function fill(line) {
  return line
    .replace(/\[Feature Name\]/g, 'Offline Sync')
    .replace(/\[Low\/Medium\/High\]/g, 'Medium')
    .replace(/\[[^\]\n]*\]/g, () => sentence(2 + Math.floor(random() * 6)))
}

const doc = longDoc(targetLines)
const docLines = doc.split('\n')
const middle = Math.floor(docLines.length / 2)
/** The doc with edit number `edit` made to one line in its middle (a list item or prose gets a word). */
function edited(edit) {
  const lines = [...docLines]
  lines[middle] = `${lines[middle]} edit${edit}`
  return lines.join('\n')
}

const parseOnly = unified().use(remarkParse).use(remarkGfm).freeze()
/** Wall and CPU milliseconds to parse `text` in this process. */
function parseTime(text) {
  const cpu = process.cpuUsage()
  const start = performance.now()
  parseOnly.parse(new VFile({ path: 'doc.md', value: text }))
  const ms = performance.now() - start
  const { user, system } = process.cpuUsage(cpu)
  return { ms, cpu: (user + system) / 1000 }
}

/** Clock ticks a second, for `/proc/<pid>/stat`; undefined off Linux. */
const ticksPerSecond = await new Promise((resolve) =>
  execFile('getconf', ['CLK_TCK'], (error, stdout) => resolve(error || process.platform !== 'linux' ? undefined : Number(stdout.trim()) || undefined)),
)
/** CPU milliseconds process `pid` has used (user and system, all its threads), or undefined. */
async function cpuOf(pid) {
  if (ticksPerSecond === undefined) return undefined
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond
}

class Server {
  static async start(name, folder) {
    const args = [...(cpuProfiles ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfiles}`, `--cpu-prof-name=${name}-${process.pid}.cpuprofile`] : []), bin, '--stdio']
    const child = spawn(process.execPath, args, { cwd: folder, stdio: ['pipe', 'pipe', 'inherit'] })
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
    const server = new Server(name, folder, child, connection)
    connection.listen()
    const uri = pathToFileURL(folder).href
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name }],
      capabilities: { textDocument: { publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true } } },
    })
    await connection.sendNotification(InitializedNotification.type, {})
    return server
  }

  constructor(name, folder, child, connection) {
    this.name = name
    this.uri = pathToFileURL(join(folder, 'docs', 'long.md')).href
    this.child = child
    this.connection = connection
    this.version = 0
    this.waiting = new Map()
    this.exited = new Promise((resolve) => child.once('exit', resolve))
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const wake = params.uri === this.uri ? this.waiting.get(params.version) : undefined
      if (wake) {
        this.waiting.delete(params.version)
        wake(params)
      }
    })
  }

  /** Resolves with the diagnostics for `version` when they arrive. */
  diagnosticsFor(version) {
    return new Promise((resolve) => this.waiting.set(version, resolve))
  }

  async open(text) {
    this.version = 1
    const published = this.diagnosticsFor(1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri, languageId: 'markdown', version: 1, text } })
    return published
  }

  /**
   * Milliseconds from sending each text to the diagnostics of the last, and
   * the CPU milliseconds the server used meanwhile (it is idle otherwise).
   */
  async change(...texts) {
    const last = this.version + texts.length
    const published = this.diagnosticsFor(last)
    const cpu = await cpuOf(this.child.pid)
    const start = performance.now()
    for (const text of texts) {
      this.version++
      void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ text }] })
    }
    const params = await published
    const ms = performance.now() - start
    const after = await cpuOf(this.child.pid)
    return { ms, cpu: cpu === undefined ? undefined : after - cpu, diagnostics: params.diagnostics.length }
  }

  /** Parses and lints since the server started (its own debug request). */
  counters() {
    return this.connection.sendRequest('featureDocs/counters')
  }

  async stop() {
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    await this.exited
    this.connection.dispose()
  }
}

async function workspace(name) {
  const folder = await realpath(await mkdtemp(join(tmpdir(), `feature-docs-editor-latency-${name}-`)))
  await mkdir(join(folder, 'docs'))
  return folder
}

const folders = []
const servers = []
try {
  // No configuration: a project's package.json without `remarkConfig`, no node_modules.
  const bare = await workspace('bare')
  folders.push(bare)
  await writeFile(join(bare, 'package.json'), JSON.stringify({ name: 'docs', private: true }))
  // A configuration naming the preset, which resolves from the workspace's node_modules (the bench's own).
  const configured = await workspace('configured')
  folders.push(configured)
  await symlink(join(here, 'node_modules'), join(configured, 'node_modules'), 'dir')
  await writeFile(join(configured, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-preset-lint-feature-docs'] }))
  if (cpuProfiles) await mkdir(cpuProfiles, { recursive: true })

  servers.push(await Server.start('no-config', bare), await Server.start('config', configured))
  for (const server of servers) {
    const opened = await server.open(doc)
    if (opened.diagnostics.length !== 0) console.warn(`${server.name}: the doc has ${opened.diagnostics.length} diagnostics: ${opened.diagnostics.map((d) => d.message).join('; ')}`)
  }

  // Warm up: the servers' JIT and caches, and this process's parser.
  let edit = 0
  for (let warm = 0; warm < 5; warm++) {
    for (const server of servers) await server.change(edited(++edit))
    parseTime(edited(edit))
  }
  /** The parse before the next change, then the one after it: their mean is that change's baseline. */
  let previous = parseTime(edited(edit))
  function baseline(text) {
    const next = parseTime(text)
    const mean = { ms: (previous.ms + next.ms) / 2, cpu: (previous.cpu + next.cpu) / 2 }
    previous = next
    return mean
  }

  const results = Object.fromEntries(servers.map((server) => [server.name, { ms: [], ratio: [], cpuRatio: [], burstRatio: [], burstCpuRatio: [], burstWork: [] }]))
  const parses = []
  for (let round = 0; round < rounds; round++) {
    // Each change is timed against parses of the same text around it; the servers take turns going first.
    for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
      const text = edited(++edit)
      const { ms, cpu } = await server.change(text)
      const parse = baseline(text)
      parses.push(parse)
      const result = results[server.name]
      result.ms.push(ms)
      result.ratio.push(ms / parse.ms)
      if (cpu !== undefined) result.cpuRatio.push(cpu / parse.cpu)
    }
  }
  for (let burst = 0; burst < bursts; burst++) {
    for (const server of burst % 2 === 0 ? servers : [...servers].reverse()) {
      const texts = Array.from({ length: burstSize }, () => edited(++edit))
      const before = await server.counters()
      const { ms, cpu } = await server.change(...texts)
      const after = await server.counters()
      const parse = baseline(texts.at(-1))
      const result = results[server.name]
      result.burstRatio.push(ms / parse.ms)
      if (cpu !== undefined) result.burstCpuRatio.push(cpu / parse.cpu)
      result.burstWork.push(`${after.parses - before.parses}/${after.lints - before.lints}`)
    }
  }

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const spread = (values) => (values.length === 0 ? 'n/a' : `${median(values).toFixed(3)} (min ${Math.min(...values).toFixed(3)}, max ${Math.max(...values).toFixed(3)})`)
  console.log(`doc: ${docLines.length} lines, ${Buffer.byteLength(doc)} bytes; ${rounds} rounds, ${bursts} bursts of ${burstSize} changes`)
  console.log(`parse only (remark-parse + remark-gfm, in this process): median ${median(parses.map((parse) => parse.ms)).toFixed(1)} ms wall, ${median(parses.map((parse) => parse.cpu)).toFixed(1)} ms CPU`)
  for (const server of servers) {
    const result = results[server.name]
    console.log(`${server.name}: change → diagnostics median ${median(result.ms).toFixed(1)} ms`)
    console.log(`  latency ÷ parse (wall):          ${spread(result.ratio)}`)
    console.log(`  server CPU ÷ parse CPU:          ${spread(result.cpuRatio)}`)
    console.log(`  burst of ${burstSize}, last diagnostics ÷ parse (wall): ${spread(result.burstRatio)}`)
    console.log(`  burst of ${burstSize}, server CPU ÷ parse CPU:         ${spread(result.burstCpuRatio)}`)
    console.log(`  parses/lints per burst: ${result.burstWork.join(' ')}`)
  }
} finally {
  for (const server of servers) await server.stop()
  for (const folder of folders) await rm(folder, { recursive: true, force: true })
}
