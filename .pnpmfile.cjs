// The root package.json must stay installable by plain npm: pre-commit runs
// `npm install` in the repository root, then `npm pack`s it, to install our
// hook, and npm does not know pnpm's `workspace:` protocol. pnpm, which the
// workspace is developed with, reads this hook and links the command line
// into the root, so `pnpm exec feature-docs` works from the repository root.
module.exports = {
  hooks: {
    readPackage(manifest) {
      if (manifest.name === 'feature-docs-workspace') {
        manifest.devDependencies = { ...manifest.devDependencies, 'feature-docs': 'workspace:*' }
      }
      return manifest
    },
  },
}
