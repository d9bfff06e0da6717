/**
 * The feature-docs language server: the remark language server (same
 * configuration files, ignore file and editor settings section as
 * `remark-language-server`, so `.remarkrc*`, `package.json#remarkConfig` and
 * `.remarkignore` work as they do for `remark-cli`), with the feature-docs
 * preset as the configuration of a workspace that has none.
 *
 * Importing this module starts nothing; `startLanguageServer()` does, and
 * talks over the transport named on the command line (`--stdio`,
 * `--node-ipc`, `--socket=<port>`), as every vscode-languageserver does.
 */
import { dirname } from 'node:path'
import type { Root } from 'mdast'
import { remark } from 'remark'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import type { Plugin, Processor, Transformer } from 'unified'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { createUnifiedLanguageServer } from 'unified-language-server'
import { findConfigFile, ignoreName, packageField, pluginPrefix, rcName } from './lint/config-files.js'
import { LspGuard, lspResultsPlugin, parseCounterPlugin } from './lsp-guard.js'

export function startLanguageServer(): void {
  const guard = process.argv.includes('--stdio') ? guardStdio() : undefined
  const counted: Plugin<[]>[] = guard ? [parseCounterPlugin(guard)] : []
  createUnifiedLanguageServer({
    configurationSection: 'remark',
    // Used when the workspace has no `remark` of its own in node_modules.
    defaultProcessor: remark,
    ignoreName,
    packageField,
    pluginPrefix,
    processorName: 'remark',
    processorSpecifier: 'remark',
    rcName,
    // The parse counter first, next to the parser; the fallback before the
    // guard's plugin, whose last transformer keeps what every rule said.
    plugins: [...counted, remarkFeatureDocsFallback(counted), ...(guard ? [lspResultsPlugin(guard)] : [])],
  })
}

/**
 * Put `LspGuard` between the editor and the server: vscode-languageserver
 * reads `process.stdin` and writes `process.stdout` when given `--stdio`,
 * so those are what it is handed.
 */
function guardStdio(): LspGuard {
  const guard = new LspGuard(process.stdin, process.stdout, (line) => process.stderr.write(`feature-docs lsp: ${line}\n`))
  Object.defineProperty(process, 'stdin', { value: guard.input, configurable: true, enumerable: true })
  Object.defineProperty(process, 'stdout', { value: guard.output, configurable: true, enumerable: true })
  return guard
}

/**
 * The preset, for files that no remark configuration applies to.
 *
 * unified-language-server passes no `defaultConfig` to unified-engine: its
 * only way in for our plugins is `plugins`, which unified-engine merges
 * *after* the configuration it finds. Passing the preset there would run it
 * on every file and override the project's own settings for it (a
 * `.remarkrc` that turns `required-sections` off would be ignored), or run
 * it twice when the project's copy of the preset is another module. So this
 * plugin goes in `plugins` instead and, per file, does nothing when a
 * configuration file applies; otherwise it checks the file with its own
 * remark and the preset. (The preset adds parser extensions, for front
 * matter and GFM tables, when it is attached, and an attacher does not know
 * which file it is attached for, so the decision has to wait for the
 * parser, which does.)
 *
 * The file is parsed once: the engine's parser is wrapped, and for a file
 * with no configuration the wrapper parses with the preset's processor
 * instead (remark with the preset's extensions and parse guard), so the
 * engine's tree is already the one the preset's rules need; the transformer
 * then runs the preset's transformers on it, and the compiler (for
 * formatting) writes it with the preset's extensions too. A file with a
 * configuration goes to the engine's own parser, untouched.
 *
 * `before`: plugins for the preset's processor ahead of the preset (the
 * parse counter, to count its parses as the engine's are counted).
 */
function remarkFeatureDocsFallback(before: Plugin<[]>[]): Plugin<[]> {
  /** Made once, on first use: attaching the preset loads the built-in templates. */
  const createFallback = () => remark().use(before).use(remarkPresetLintFeatureDocs).freeze()
  let fallback: ReturnType<typeof createFallback> | undefined
  /** Trees the fallback parsed: those, and only those, it checks and writes. */
  const fallbackTrees = new WeakSet<Node>()

  return function (this: Processor<any, any, any, any, any>): Transformer {
    const parse = this.parser as ((document: string, file: VFile) => Root) | undefined
    const compile = this.compiler as ((tree: Root, file: VFile) => string) | undefined
    if (parse) {
      this.parser = (document: string, file: VFile): Root => {
        // A configuration file applies: the project's own settings win entirely.
        if (!file.path || findConfigFile(dirname(file.path)) !== undefined) return parse(document, file)
        fallback ??= createFallback()
        const tree = fallback.parse(file)
        fallbackTrees.add(tree)
        return tree
      }
    }
    if (compile) {
      this.compiler = (tree: Root, file: VFile): string => (fallback && fallbackTrees.has(tree) ? fallback.stringify(tree, file) : compile(tree, file))
    }
    return async function (tree, file) {
      // Not the fallback's tree: a configuration applies, or the guard stood in for a superseded or checked text.
      if (!fallback || !fallbackTrees.has(tree)) return
      await fallback.run(tree as Root, file)
    }
  }
}
