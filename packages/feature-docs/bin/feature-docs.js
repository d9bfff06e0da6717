#!/usr/bin/env node
// A plain file, present before the TypeScript build, so package managers
// can link the command at install time; the code is in dist/.
import '../dist/cli.js'
