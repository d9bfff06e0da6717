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
import { remark } from 'remark'
import remarkPresetLintFeatureDocs from 'remark-preset-lint-feature-docs'
import type { Transformer } from 'unified'
import { createUnifiedLanguageServer } from 'unified-language-server'
import { findConfigFile, ignoreName, packageField, pluginPrefix, rcName } from './lint/config-files.js'
import { LspGuard, lspResultsPlugin } from './lsp-guard.js'

export function startLanguageServer(): void {
  const guard = process.argv.includes('--stdio') ? guardStdio() : undefined
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
    // The fallback first: the guard's last transformer keeps what every rule said.
    plugins: guard ? [remarkFeatureDocsFallback, lspResultsPlugin(guard)] : [remarkFeatureDocsFallback],
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
 * configuration file applies; otherwise it parses and checks the file with
 * its own remark and the preset. (The preset adds parser extensions, for
 * front matter and GFM tables, when it is attached, and an attacher does not
 * know which file it is attached for, so the decision has to wait for the
 * transformer, which does.)
 */
function remarkFeatureDocsFallback(): Transformer {
  return async function (_, file) {
    // A configuration file applies: the project's own settings win entirely.
    if (!file.path || findConfigFile(dirname(file.path)) !== undefined) return
    // Superseded by a newer edit, or checked already: nothing to do here.
    if (file.data.featureDocsReuse) return
    fallback ??= createFallback()
    await fallback.run(fallback.parse(file), file)
  }
}

/** Made once, on first use: attaching the preset loads the built-in templates. */
const createFallback = () => remark().use(remarkPresetLintFeatureDocs).freeze()
let fallback: ReturnType<typeof createFallback> | undefined
