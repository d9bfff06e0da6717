/** The feature-docs language server over stdio (or `--node-ipc`, `--socket=<port>`). */
import { startLanguageServer } from './language-server.js'

startLanguageServer()
