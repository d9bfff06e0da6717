import { join } from 'node:path'
import { fixTester } from '../../../test/support/lint.js'
import rule from '../src/index.js'

const release = { template: join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'release-notes.md') }
const metadata = { template: join(import.meta.dirname, 'metadata-template.md') }
const rfc = { template: join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'rfc-style.md') }

/** A release-notes doc whose sign-off holds `fields`. */
const signed = (fields: string) =>
  `# Release - Spring\n\n## Summary\n\nThe spring release.\n\n## Changes\n\n| Change | Owner |\n|---|---|\n| Faster | Dana |\n\n### Migration\n\n- Run it.\n\n## Sign-off\n\n${fields}`

/** A metadata-template doc with this front matter. */
const proposal = (matter: string) => `---\n${matter}---\n\n# Faster sync\n\n## Summary\n\nWhy.\n\n## Design\n\nHow.\n`

fixTester({ plugin: rule, ruleId: 'required-fields' }, [
  {
    name: 'a missing field goes on a line of its own after the field before it',
    markdown: signed('**Approver**: Dana⟦a⟧\n**Notes**: None.\n'),
    options: release,
    fixes: ['⟦a⟧ insert: Insert missing field `**Date**: [Date]`'],
    output: signed('**Approver**: Dana\n**Date**: [Date]\n**Notes**: None.\n'),
  },
  {
    name: 'a missing first field goes before the field after it, with its hard break',
    markdown: signed('⟦a⟧**Date**: 2026-03-01  \n**Notes**: None.\n'),
    options: release,
    fixes: ['⟦a⟧ insert: Insert missing field `**Approver**: [Approver]`'],
    output: signed('**Approver**: [Approver]  \n**Date**: 2026-03-01  \n**Notes**: None.\n'),
  },
  {
    name: 'a backslash hard break is copied only when a line follows in the paragraph',
    markdown: signed('**Approver**: Dana\\\n**Date**: 2026-03-01⟦a⟧\n'),
    options: release,
    fixes: ['⟦a⟧ insert: Insert missing field `**Notes**: [Anything else]`'],
    output: signed('**Approver**: Dana\\\n**Date**: 2026-03-01\n**Notes**: [Anything else]\n'),
  },
  {
    name: 'with no field of its section in the doc, a paragraph of its own at the end of the section',
    markdown: signed('Signed off in the meeting.\n⟦a⟧'),
    options: release,
    fixes: [
      '⟦a⟧ insert: Insert missing field `**Approver**: [Approver]`',
      '⟦a⟧ insert: Insert missing field `**Date**: [Date]`',
      '⟦a⟧ insert: Insert missing field `**Notes**: [Anything else]`',
    ],
    output: signed('Signed off in the meeting.\n\n**Approver**: [Approver]\n**Date**: [Date]\n**Notes**: [Anything else]\n'),
  },
  {
    name: 'a list item field keeps the list: a new item',
    markdown: '- Feature Name: offline_sync⟦a⟧\n- RFC PR: [org/rfcs#12](https://example.com/12)\n- Tracking Issue: [org/project#3](https://example.com/3)\n\n# Summary\n\nSync.\n',
    options: rfc,
    fixes: ['⟦a⟧ insert: Insert missing field `Start Date: (fill me in with today\'s date, YYYY-MM-DD)`'],
    output: "- Feature Name: offline_sync\n- Start Date: (fill me in with today's date, YYYY-MM-DD)\n- RFC PR: [org/rfcs#12](https://example.com/12)\n- Tracking Issue: [org/project#3](https://example.com/3)\n\n# Summary\n\nSync.\n",
  },
  {
    name: 'a near-miss value and a misspelled label: as the template writes them',
    markdown: signed('**⟦a⟧Aprover⟦/a⟧**: Dana\n**Date**: 2026-03-01\n**Notes**: None.\n'),
    options: release,
    fixes: ['⟦a⟧ rename: Replace with `Approver`'],
    output: signed('**Approver**: Dana\n**Date**: 2026-03-01\n**Notes**: None.\n'),
  },
  {
    name: 'a value that disagrees with the title: which of the two is right is a guess, applied only when asked for',
    markdown: '# Release - 2.0\n\n## Summary\n\n**Owner**: Sync team\n**Status**: Final\n\n## Changes\n\n- Faster.\n\n---\n\n**Version**: ⟦a⟧2.1⟦/a⟧\n**Released**: 2026-03-01\n**Contact**: Sync team\n',
    options: { template: join(import.meta.dirname, 'release-template.md') },
    fixes: ['⟦a⟧ guess: Use `2.0`'],
    output: '# Release - 2.0\n\n## Summary\n\n**Owner**: Sync team\n**Status**: Final\n\n## Changes\n\n- Faster.\n\n---\n\n**Version**: 2.1\n**Released**: 2026-03-01\n**Contact**: Sync team\n',
  },
  {
    name: 'the same guess, asked for',
    markdown: '# Release - 2.0\n\n## Summary\n\n**Owner**: Sync team\n**Status**: Final\n\n## Changes\n\n- Faster.\n\n---\n\n**Version**: ⟦a⟧2.1⟦/a⟧\n**Released**: 2026-03-01\n**Contact**: Sync team\n',
    options: { template: join(import.meta.dirname, 'release-template.md') },
    kinds: ['rename', 'insert', 'guess'],
    fixes: ['⟦a⟧ guess: Use `2.0`'],
    output: '# Release - 2.0\n\n## Summary\n\n**Owner**: Sync team\n**Status**: Final\n\n## Changes\n\n- Faster.\n\n---\n\n**Version**: 2.0\n**Released**: 2026-03-01\n**Contact**: Sync team\n',
  },
  {
    name: 'a value near one of its choices: the choice',
    markdown: '# Release - 2.0\n\n## Summary\n\n**Owner**: Sync team\n**Status**: ⟦a⟧Finl⟦/a⟧\n\n## Changes\n\n- Faster.\n\n---\n\n**Version**: 2.0\n**Released**: 2026-03-01\n**Contact**: Sync team\n',
    options: { template: join(import.meta.dirname, 'release-template.md') },
    fixes: ['⟦a⟧ rename: Replace with `Final`'],
    output: '# Release - 2.0\n\n## Summary\n\n**Owner**: Sync team\n**Status**: Final\n\n## Changes\n\n- Faster.\n\n---\n\n**Version**: 2.0\n**Released**: 2026-03-01\n**Contact**: Sync team\n',
  },
  {
    name: 'a missing front-matter key, after the key before it, as the template writes it',
    markdown: proposal('title: faster-sync\nowners:\n  - "@dana"\nstage: review⟦a⟧\nlayout: proposal\n'),
    options: metadata,
    fixes: ['⟦a⟧ insert: Insert missing front-matter key `opened`'],
    output: proposal('title: faster-sync\nowners:\n  - "@dana"\nstage: review\nopened: yyyy-mm-dd\nlayout: proposal\n'),
  },
  {
    name: 'a misspelled key and a value near a choice',
    markdown: proposal('title: faster-sync\nowners:\n  - "@dana"\n⟦a⟧stag⟦/a⟧: ⟦b⟧reviw⟦/b⟧\nopened: 2026-01-02\nlayout: proposal\n'),
    options: metadata,
    kinds: ['rename'],
    fixes: ['⟦a⟧ rename: Replace with `stage`', '⟦b⟧ rename: Replace with `review`'],
    output: proposal('title: faster-sync\nowners:\n  - "@dana"\nstage: review\nopened: 2026-01-02\nlayout: proposal\n'),
  },
  {
    name: "no front matter: the template's, with the keys it requires",
    markdown: '⟦a⟧# Faster sync\r\n\r\n## Summary\r\n\r\nWhy.\r\n',
    options: metadata,
    fixes: ["⟦a⟧ insert: Insert the template's front matter"],
    output: '---\r\ntitle: short-proposal-name\r\nowners:\r\n  - TBD\r\nstage: draft|review|accepted|rejected\r\nopened: yyyy-mm-dd\r\nlayout: proposal\r\n---\r\n\r\n# Faster sync\r\n\r\n## Summary\r\n\r\nWhy.\r\n',
  },
])
