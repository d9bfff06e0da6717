/**
 * The built-in technical-implementation template, whose file tree in a code
 * block holds `[changed files with brief description]`: that placeholder
 * is reported in a doc's code block too, and its choice fields name their
 * values.
 */
import { join } from 'node:path'
import { ruleTester } from '../../../test/support/lint.js'
import rule from '../src/index.js'

const template = join(import.meta.dirname, '..', '..', 'remark-preset-lint-feature-docs', 'templates', 'technical-implementation.md')
const fix = "replace it with the doc's own text"

const doc = (files: string, footer: string): string =>
  `# Offline Sync - Technical Implementation

## Code Changes

### Files Modified
\`\`\`
src/
├── app/
│   └── sync.ts (queue and retry)
${files}
\`\`\`

---

${footer}
`

ruleTester(
  {
    plugin: rule,
    ruleId: 'no-placeholders',
    url: 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-placeholders#readme',
  },
  {
    valid: [
      {
        name: 'technical-implementation: a filled-in file tree and footer',
        options: { template },
        markdown: doc(
          '└── lib/\n    └── queue.ts [new]',
          '**Implementation Complexity**: Medium  \n**Risk Level**: Low  \n**Maintenance Burden**: Low',
        ),
      },
    ],
    invalid: [
      {
        name: 'technical-implementation: the template placeholder left in the file tree, and choice fields',
        options: { template },
        markdown: doc(
          '├── components/\n│   └── ⟦a⟧[changed files with brief description]⟦/a⟧\n└── lib/\n    └── [changed files]',
          '**Implementation Complexity**: ⟦b⟧[Low/Medium/High]⟦/b⟧  \n**Risk Level**: ⟦c⟧[Low/Medium/High]⟦/c⟧  \n**Maintenance Burden**: Low',
        ),
        messages: [
          `⟦a⟧: Unexpected template placeholder \`[changed files with brief description]\` left in code: ${fix}`,
          '⟦b⟧: Unexpected placeholder `[Low/Medium/High]`: replace it with one of `Low`, `Medium` or `High`',
          '⟦c⟧: Unexpected placeholder `[Low/Medium/High]`: replace it with one of `Low`, `Medium` or `High`',
        ],
      },
    ],
  },
)
