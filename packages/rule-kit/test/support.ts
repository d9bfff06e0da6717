import { join } from 'node:path'

export const repository = join(import.meta.dirname, '..', '..', '..')
/** The built-in templates, as the preset ships them. */
export const builtinTemplates = join(repository, 'packages', 'remark-preset-lint-feature-docs', 'templates')
