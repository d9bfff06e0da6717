import { join } from 'node:path'
import { fixTester } from '../../../test/support/lint.js'
import remarkLintRequiredTableColumns from '../src/index.js'

const release = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'release-notes.md')
const doc = (changes: string) => `# Release - Spring\n\n## Summary\n\nThe spring release.\n\n## Changes\n\n${changes}\n### Migration\n\n- Run it.\n`

fixTester({ plugin: remarkLintRequiredTableColumns, ruleId: 'required-table-columns' }, [
  {
    name: 'a missing table goes first in its section, as the template has it: header, delimiter, a row of placeholders',
    // The blank line after `## Changes`.
    markdown: doc('We changed things.\n').replace('## Changes\n', '## Changes\n⟦table⟧'),
    options: { template: release },
    fixes: ['⟦table⟧ insert: Insert missing table in `## Changes`'],
    output: doc('| Change | Owner |\n|--------|-------|\n| [What] | [Who] |\n\nWe changed things.\n'),
  },
  {
    name: 'a missing column, after the column before it, keeping alignment colons and pipes; an empty cell in each row',
    markdown: doc('⟦a⟧| Change |\n| :--- |\n| Faster sync |\n| Smaller app |⟦/a⟧\n'),
    options: { template: release },
    fixes: ['⟦a⟧ insert: Insert missing column `Owner`'],
    output: doc('| Change | Owner |\n| :--- | --- |\n| Faster sync |  |\n| Smaller app |  |\n'),
  },
  {
    name: 'a missing first column in a table without outer pipes: an empty first cell gets a leading pipe',
    markdown: doc('⟦a⟧Owner | Notes\n--- | ---\nDana | Shipped⟦/a⟧\n'),
    options: { template: release },
    fixes: ['⟦a⟧ insert: Insert missing column `Change`'],
    output: doc('Change | Owner | Notes\n--- | --- | ---\n|  | Dana | Shipped\n'),
  },
  {
    name: 'every missing column in one edit, which each missing column offers; with no template column to go by, last',
    markdown: doc('⟦a⟧| Notes |\n|---|\n| Later |⟦/a⟧\n'),
    options: { template: release },
    fixes: ['⟦a⟧ insert: Insert missing columns `Change`, `Owner`', '⟦a⟧ insert: Insert missing columns `Change`, `Owner`'],
    output: doc('| Notes | Change | Owner |\n|---| --- | --- |\n| Later |  |  |\n'),
  },
  {
    name: 'a row too short to reach the new column is left as it is (its missing cells are empty already)',
    markdown: doc('⟦a⟧| Notes | Change |\n|---|---|\n| Later |⟦/a⟧\n'),
    options: { template: release },
    fixes: ['⟦a⟧ insert: Insert missing column `Owner`'],
    output: doc('| Notes | Change | Owner |\n|---|---| --- |\n| Later |\n'),
  },
  {
    name: 'a column of its own where the template has another: a guess, applied only when asked for',
    markdown: doc('| Change | ⟦a⟧Lead⟦/a⟧ |\n|---|---|\n| Faster sync | Dana |\n'),
    options: { template: release },
    fixes: ['⟦a⟧ guess: Rename to `Owner`'],
    output: doc('| Change | Lead |\n|---|---|\n| Faster sync | Dana |\n'),
  },
  {
    name: 'the same guess, asked for',
    markdown: doc('| Change | ⟦a⟧Lead⟦/a⟧ |\n|---|---|\n| Faster sync | Dana |\n'),
    options: { template: release },
    kinds: ['rename', 'insert', 'guess'],
    fixes: ['⟦a⟧ guess: Rename to `Owner`'],
    output: doc('| Change | Owner |\n|---|---|\n| Faster sync | Dana |\n'),
  },
  {
    name: 'a misspelled column name: the name as the template has it',
    markdown: doc('| Change | ⟦a⟧Ownr⟦/a⟧ |\n|---|---|\n| Faster sync | Dana |\n'),
    options: { template: release },
    fixes: ['⟦a⟧ rename: Replace with `Owner`'],
    output: doc('| Change | Owner |\n|---|---|\n| Faster sync | Dana |\n'),
  },
])
