import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../src/index.js'
import { lint, ruleTester } from '../../../test/support/lint.js'
import { unmarked } from '../../../test/support/markers.js'

const ruleId = 'no-empty-template-sections'
const url = 'https://github.com/feature-docs/feature-docs/tree/main/packages/remark-lint-no-empty-template-sections#readme'

const root = join(import.meta.dirname, '..', '..', '..')
// A small template: a section, a section with two subsections, an optional
// section and a last section of fields.
const retro = { template: join(import.meta.dirname, 'retro-template.md') }
// The built-in templates our users start from, and two third-party styles.
const notesTemplate = { template: join(root, 'packages', 'remark-preset-lint-feature-docs', 'templates', 'implementation-notes.md') }
const technicalTemplate = {
  template: join(root, 'packages', 'remark-preset-lint-feature-docs', 'templates', 'technical-implementation.md'),
}
const kepTemplate = { template: join(root, 'fixtures', 'templates', 'kep-style.md') }
const rfcTemplate = { template: join(root, 'fixtures', 'templates', 'rfc-style.md') }

const lines = (...text: string[]) => text.join('\n') + '\n'

/** A doc's sections, each heading with the lines under it. */
type Outline = Array<[heading: string, body: string[]]>

/**
 * A heading line marked as a range named by its own text, so a message about
 * it is written `⟦## Summary⟧: reason` and its position is computed, not
 * counted (`test/support/markers.ts`).
 */
const mark = (heading: string) => `⟦${heading}⟧${heading}⟦/${heading}⟧`

/**
 * A doc: its title, then each section of `outline` (its heading marked)
 * followed by a blank line, with the bodies in `changes` (by heading)
 * instead, then `footer`.
 */
function build(title: string, outline: Outline, changes: Record<string, string[]> = {}, footer: string[] = []): string {
  for (const heading of Object.keys(changes)) {
    if (!outline.some(([known]) => known === heading)) throw new Error(`No section ${heading} in the outline`)
  }
  const out = [title, '']
  for (const [heading, body] of outline) out.push(mark(heading), ...(changes[heading] ?? body), '')
  return lines(...out, ...footer)
}

const retroOutline: Outline = [
  ['## Summary', ['We shipped offline sync.']],
  ['## Lessons Learned', []],
  ['### What Worked Well', ['- Pairing on the merge rules']],
  ['### What Did Not Work', ['- Estimating the migration']],
  ['## Follow-ups (Optional)', ['- Prune the dead-letter table']],
  ['## Sign-off', ['**Owner**: Ada', '**Date**: 2024-05-01']],
]
const retroDoc = (changes: Record<string, string[]> = {}) => build('# Retro - Sprint 12', retroOutline, changes)

const notesOutline: Outline = [
  ['## Technical Decisions Made', []],
  ['### Architecture Choices', ['- **SQLite on native**: note queries need indexes']],
  ['### Infrastructure Integration', ['- **Sync API v2**: batch endpoints']],
  ['### Key Implementation Details', ['- **Conflict resolution**: last writer wins per field']],
  ['### Security Considerations', ['- **Encryption at rest**: SQLCipher']],
  ['### Testing Approach', ['- **Layered tests**: Jest, then Detox']],
  ['## Lessons Learned', []],
  ['### What Worked Well', ['- The outbox pattern']],
  ['### Challenges Encountered', ['- Clock drift between devices']],
  ['### Technical Insights', ['- Field-level merges keep most edits']],
  ['## Future Enhancements', []],
  ['### Immediate Opportunities', ['- Selective offline notebooks']],
  ['### Long-term Possibilities', ['- Full CRDT documents']],
  ['### Technical Debt', ['- Prune the dead-letter table next quarter']],
]
const notesFooter = [
  '---',
  '',
  '**Feature**: Offline Sync',
  '**Implementation Date**: 2024-05-01',
  '**Author**: Mobile team',
  '**Total Implementation Time**: 6 weeks',
]
const notesDoc = (changes: Record<string, string[]> = {}, footer = notesFooter) =>
  build('# Implementation Notes - Offline Sync', notesOutline, changes, footer)

const technicalOutline: Outline = [
  ['## Bugs Fixed', []],
  [
    '### Critical Issues Resolved',
    [
      '| Issue | Description | Root Cause | Solution | Files Changed |',
      '|-------|-------------|------------|----------|---------------|',
      '| #412 | Lost offline edits | Two transactions | One transaction | `src/lib/sync/outbox.ts` |',
    ],
  ],
  ['### Technical Debt Addressed', ['- **Ad hoc fetch calls**: all writes go through the queue']],
  ['### Technical Debt Created', ['- **Dead-letter growth**: a retention job is planned']],
  ['## Code Changes', []],
  ['### Files Modified', ['```', 'src/lib/sync/engine.ts - the sync cycle', '```']],
  ['### Key Commits', ['- **a1b2c3d**: add the outbox table']],
  ['### Database Changes', ['- **Schema Updates**: added `sync_queue`', '- **Migration Status**: 0007 deployed', '- **Data Impact**: none']],
  ['## Architecture Decisions', []],
  ['### Design Choices Made', ['1. **Outbox pattern**: every edit is uploaded']],
  ['### Alternatives Considered', ['- **Full CRDT documents**: payloads too large']],
  ['### Technical Dependencies', ['- **Added**: zod 3.23', '- **Removed**: redux-persist', '- **Updated**: none']],
  ['## Performance Impact', []],
  ['### Improvements', ['- **Save latency**: 320 ms before, 12 ms after']],
  ['### Regressions', ['- **Storage**: 15 MB more']],
  ['### Scalability Considerations', ['- Batch sync cuts requests by 90 percent']],
  ['## Security Implications', []],
  ['### Security Improvements', ['- The local database is encrypted']],
  ['### New Security Considerations', ['- A stolen unlocked device exposes notes']],
  ['## Testing Strategy', []],
  ['### Automated Tests', ['- **Unit Tests**: merge rules']],
  ['### Manual Testing', ['- **Edge Cases**: airplane mode mid-sync']],
  ['## Monitoring & Observability', []],
  ['### Logs Added', ['- Queue depth on every cycle']],
  ['### Metrics Available', ['- Drain time per batch']],
  ['### Debugging Tools', ['- A diagnostics screen']],
  ['## Deployment Notes', []],
  ['### Environment Variables', ['- **Added**: `SYNC_BATCH_SIZE`']],
  ['### Infrastructure Changes', ['- An index on `updated_at`']],
  ['### Rollback Procedure', ['1. Turn off the `offline_sync` flag']],
]
const technicalDoc = (changes: Record<string, string[]> = {}) =>
  build('# Offline Sync - Technical Implementation', technicalOutline, changes, [
    '---',
    '',
    '**Implementation Complexity**: Medium',
    '**Risk Level**: Medium',
    '**Maintenance Burden**: Low',
  ])

const kepOutline: Outline = [
  ['## Release Signoff Checklist', ['- [x] Enhancement issue in the release milestone']],
  ['## Summary', ['Nodes report their sync state.']],
  ['## Motivation', []],
  ['### Goals', ['- Report the state']],
  ['### Non-Goals', ['- Change the scheduler']],
  ['## Proposal', ['A new status field.']],
  ['### User Stories (Optional)', []],
  ['#### Story 1', ['An operator sees a stuck node.']],
  ['#### Story 2', ['A controller retries the sync.']],
  ['### Notes/Constraints/Caveats (Optional)', []],
  ['### Risks and Mitigations', ['The field may be stale.']],
  ['## Design Details', ['See below.']],
  ['### Test Plan', ['Unit and e2e tests.']],
  ['##### Prerequisite testing updates', ['None needed.']],
  ['##### Unit tests', ['| Package | Coverage before | Coverage after |', '| --- | --- | --- |', '| `pkg/sync` | 70% | 85% |']],
  ['### Graduation Criteria', ['Beta after two releases.']],
  ['## Production Readiness Review Questionnaire', ['Answered below.']],
  ['### Feature Enablement and Rollback', ['With a feature gate.']],
  ['###### How can this feature be enabled / disabled in a live cluster?', ['- [x] Feature gate', '  - Feature gate name: SyncStatus']],
  ['###### Does enabling the feature change any default behavior?', ['No.']],
  ['## Implementation History', ['- 2024-05-01: proposed']],
  ['## Drawbacks', ['One more field.']],
  ['## Alternatives', ['An annotation.']],
  ['## Infrastructure Needed', []],
]
const kepDoc = (changes: Record<string, string[]> = {}) => build('# KEP-1234: Sync status', kepOutline, changes)

const rfcOutline: Outline = [
  ['# Summary', ['[summary]: #summary', '', 'Offline sync for notes.']],
  ['# Motivation', ['[motivation]: #motivation', '', 'Users lose edits on trains.']],
  ['# Guide-level explanation', ['[guide-level-explanation]: #guide-level-explanation', '', 'Edits are kept.']],
  ['# Reference-level explanation', ['[reference-level-explanation]: #reference-level-explanation', '', 'An outbox.']],
  ['# Drawbacks', ['[drawbacks]: #drawbacks', '', 'Storage.']],
  ['# Rationale and alternatives', ['[rationale-and-alternatives]: #rationale-and-alternatives', '', 'CRDTs.']],
  ['# Prior art', ['[prior-art]: #prior-art', '', 'Other apps.']],
  ['# Unresolved questions', ['[unresolved-questions]: #unresolved-questions', '', 'Retention.']],
  ['# Future possibilities', ['[future-possibilities]: #future-possibilities', '', 'Shared notebooks.']],
]
/** An RFC has no title: its sections are H1s, after a list of fields. */
const rfcDoc = (changes: Record<string, string[]> = {}) => build('- Feature Name: `offline_sync`', rfcOutline, changes)

const summaryEmpty = '⟦## Summary⟧: Section `## Summary` is empty: the template expects content here'

ruleTester(
  { plugin: rule, ruleId, url },
  {
    valid: [
      { name: 'every section has content', options: retro, markdown: retroDoc() },
      {
        name: 'a section whose own content is empty, with subsections with content',
        options: retro,
        markdown: retroDoc({ '## Lessons Learned': ['<!-- see below -->'] }),
      },
      {
        name: 'a section whose only content is under a subsection the template does not have',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', '## Lessons Learned', '', '### Notes', '', 'We shipped.'),
      },
      {
        name: 'an optional section left empty, and its placeholders only',
        options: retro,
        markdown: retroDoc({ '## Follow-ups (Optional)': ['- [Follow-up]'] }),
      },
      {
        name: 'a missing section is required-sections\' to report',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', '## Sign-off', '', '**Owner**: Ada'),
      },
      {
        name: 'content is a letter or a digit: a number, non-Latin text, text in emphasis or a link',
        options: retro,
        markdown: retroDoc({
          '## Summary': ['42'],
          '### What Worked Well': ['- 同期'],
          '### What Did Not Work': ['- *[Lesson]* [see the board](https://example.com/board)'],
        }),
      },
      {
        name: 'an image, even with empty alt text, an autolink and HTML other than comments are content',
        options: retro,
        markdown: retroDoc({
          '## Summary': ['![](sync.png)'],
          '### What Worked Well': ['<https://example.com/retro>'],
          '### What Did Not Work': ['<details><summary></summary></details>'],
        }),
      },
      {
        name: 'code with a letter outside placeholders, and inline code',
        options: retro,
        markdown: retroDoc({ '## Summary': ['```ts', 'sync([items])', '```'], '### What Worked Well': ['- `sync()`'] }),
      },
      {
        name: 'escaped brackets and brackets with no letter are not placeholders',
        options: retro,
        markdown: retroDoc({ '## Summary': ['\\[Draft\\]'], '### What Worked Well': ['- [1]'] }),
      },
      {
        name: 'a field with a value: its label and value are content',
        options: retro,
        markdown: retroDoc({ '## Sign-off': ['**Owner**: [Name]', '**Date**: 2024-05-01'] }),
      },
      {
        name: 'a checked task box is content, even alone',
        options: retro,
        markdown: retroDoc({ '### What Worked Well': ['- [x]'] }),
      },
      {
        name: 'a thematic break inside a section ends it only until the next heading',
        options: retro,
        markdown: retroDoc({ '## Lessons Learned': ['---', ''] }),
      },
      {
        name: 'a doc no template applies to is left alone',
        markdown: lines('# Shopping list', '', '## Milk', '', '## Eggs'),
      },
      {
        name: 'an unknown template is left to required-sections',
        markdown: lines('---', 'template: no-such-template', '---', '', '# Retro', '', '## Summary'),
      },
      { name: 'implementation-notes: every section has content', options: notesTemplate, markdown: notesDoc() },
      { name: 'technical-implementation: every section has content', options: technicalTemplate, markdown: technicalDoc() },
      {
        name: 'technical-implementation: a row of the issues table with content, placeholders left in it',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Critical Issues Resolved': [
            '| Issue | Description | Root Cause | Solution | Files Changed |',
            '|---|---|---|---|---|',
            '| #1 | [Brief description] | [Why it happened] | [How it was fixed] | `src/sync.ts` |',
          ],
        }),
      },
      {
        name: 'technical-implementation: a number in a body cell other than the first is content',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Critical Issues Resolved': [
            '| Issue | Description | Root Cause | Solution | Files Changed |',
            '|---|---|---|---|---|',
            '| [Issue] | 412 | [Why it happened] | [How it was fixed] | [File paths] |',
          ],
        }),
      },
      { name: 'kep-style: every section has content', options: kepTemplate, markdown: kepDoc() },
      {
        name: 'kep-style: optional sections left empty, one with its subsections',
        options: kepTemplate,
        markdown: kepDoc({ '#### Story 1': [], '#### Story 2': ['<!-- later -->'] }),
      },
      { name: 'rfc-style: every section has content under its definition', options: rfcTemplate, markdown: rfcDoc() },
    ],
    invalid: [
      {
        name: 'whitespace only',
        options: retro,
        markdown: retroDoc({ '## Summary': ['', '   ', '\t'] }),
        messages: [summaryEmpty],
      },
      {
        name: 'an HTML comment only',
        options: retro,
        markdown: retroDoc({ '## Summary': ['<!-- comment -->'] }),
        messages: [summaryEmpty],
      },
      {
        name: 'comments over several lines, several in one block, an empty one, and one left open',
        options: retro,
        markdown: retroDoc({ '## Summary': ['<!--', 'Write for readers', '-->  <!---->', '', '<!-->', '', '<!-- open'] }),
        // The open comment runs to the end: every later section is in it.
        messages: [summaryEmpty],
      },
      {
        name: 'only the template placeholder, and a placeholder in a list, in a quote, in a code block',
        options: retro,
        markdown: retroDoc({
          '## Summary': ['[One paragraph about the sprint]', '', '> - **[Lesson]**', '', '```', '[Brief description]', '```'],
        }),
        messages: [summaryEmpty],
      },
      {
        name: 'an empty code block: the info string is not content',
        options: retro,
        markdown: retroDoc({ '## Summary': ['```typescript', '```'] }),
        messages: [summaryEmpty],
      },
      {
        name: 'a thematic break, a definition and an empty list item',
        options: retro,
        markdown: retroDoc({ '## Summary': ['***', '', '[summary]: #summary', '', '-'] }),
        messages: [summaryEmpty],
      },
      {
        name: 'an unchecked task box with no text',
        options: retro,
        markdown: retroDoc({ '## Summary': ['- [ ]'] }),
        messages: [summaryEmpty],
      },
      {
        name: 'a section and both its subsections empty: one message counting them',
        options: retro,
        markdown: retroDoc({ '### What Worked Well': ['- [Lesson]'], '### What Did Not Work': [] }),
        messages: [
          '⟦## Lessons Learned⟧: Section `## Lessons Learned` is empty, and so are its 2 subsections: the template expects content here',
        ],
      },
      {
        name: 'a section with one empty subsection, the other missing',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', mark('## Lessons Learned'), '', '### What Worked Well', '', '## Sign-off', '', '**Owner**: Ada'),
        messages: [
          '⟦## Lessons Learned⟧: Section `## Lessons Learned` is empty, and so is its subsection: the template expects content here',
        ],
      },
      {
        name: 'subsections are counted as the document has them, extra ones included',
        options: retro,
        markdown: retroDoc({ '### What Worked Well': ['#### Details', '', '##### More'], '### What Did Not Work': [] }),
        messages: [
          '⟦## Lessons Learned⟧: Section `## Lessons Learned` is empty, and so are its 4 subsections: the template expects content here',
        ],
      },
      {
        name: 'one empty subsection: only it is reported',
        options: retro,
        markdown: retroDoc({ '### What Did Not Work': ['- [Lesson]'] }),
        messages: ['⟦### What Did Not Work⟧: Section `### What Did Not Work` is empty: the template expects content here'],
      },
      {
        name: 'the last section of the document, with fields whose values are placeholders or missing',
        options: retro,
        markdown: retroDoc({ '## Sign-off': ['**Owner**: [Name]', '**Date**:'] }),
        messages: ['⟦## Sign-off⟧: Section `## Sign-off` is empty: the template expects content here'],
      },
      {
        name: 'the last section of the document, at its very end',
        options: retro,
        markdown: retroDoc().replace(/⟦\/## Sign-off⟧\n[^]*$/u, '⟦/## Sign-off⟧'),
        messages: ['⟦## Sign-off⟧: Section `## Sign-off` is empty: the template expects content here'],
      },
      {
        name: 'a setext heading: the message spans both lines',
        options: retro,
        markdown: lines('Retro - Sprint 12', '=================', '', '⟦## Summary⟧Summary', '-------⟦/## Summary⟧', '', '## Lessons Learned', '', 'Pairing.'),
        messages: ['⟦## Summary⟧: Section `## Summary` is empty: the template expects content here'],
      },
      {
        name: 'a heading with emphasis and a closing sequence is quoted as written',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', '⟦## *Summary*⟧## *Summary* ##⟦/## *Summary*⟧', '', '## Sign-off', '', '**Owner**: Ada'),
        messages: ['⟦## *Summary*⟧: Section `## *Summary*` is empty: the template expects content here'],
      },
      {
        name: 'a heading at the wrong level',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', '## Lessons Learned', '', mark('#### What Worked Well'), '', '### What Did Not Work', '', 'Estimates.'),
        messages: ['⟦#### What Worked Well⟧: Section `#### What Worked Well` is empty: the template expects content here'],
      },
      {
        name: 'CRLF line endings',
        options: retro,
        markdown: retroDoc({ '## Summary': ['<!-- comment -->'], '### What Did Not Work': [] }).replace(/\n/gu, '\r\n'),
        messages: [summaryEmpty, '⟦### What Did Not Work⟧: Section `### What Did Not Work` is empty: the template expects content here'],
      },
      {
        name: 'a byte order mark',
        options: retro,
        markdown: '\uFEFF' + retroDoc({ '## Summary': [] }),
        messages: [summaryEmpty],
      },
      {
        name: 'a section found under another parent, its own parent missing, is still reported when empty',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', '## Summary', '', 'Shipped.', '', mark('### What Worked Well'), '', '## Sign-off', '', '**Owner**: Ada'),
        messages: ['⟦### What Worked Well⟧: Section `### What Worked Well` is empty: the template expects content here'],
      },
      {
        name: 'an empty section and its template subsection placed elsewhere, empty too: two regions, two messages',
        options: retro,
        markdown: lines('# Retro - Sprint 12', '', '## Summary', '', 'Shipped.', '', mark('### What Worked Well'), '', mark('## Lessons Learned'), '', '## Sign-off', '', '**Owner**: Ada'),
        messages: [
          '⟦### What Worked Well⟧: Section `### What Worked Well` is empty: the template expects content here',
          '⟦## Lessons Learned⟧: Section `## Lessons Learned` is empty: the template expects content here',
        ],
      },
      {
        name: 'implementation-notes, chosen in front matter',
        markdown: lines('---', 'template: implementation-notes', '---', '') + notesDoc({ '### Technical Debt': ['<!-- none yet -->'] }),
        messages: ['⟦### Technical Debt⟧: Section `### Technical Debt` is empty: the template expects content here'],
      },
      {
        name: 'implementation-notes: `### Technical Debt` left as the template has it, before the footer',
        options: notesTemplate,
        markdown: notesDoc({
          '### Technical Debt': [
            '- [Technical debt item 1 and when to address]',
            '- [Technical debt item 2 and impact]',
            '- [Technical debt item 3 and priority]',
          ],
        }),
        messages: ['⟦### Technical Debt⟧: Section `### Technical Debt` is empty: the template expects content here'],
      },
      {
        name: 'implementation-notes: `## Lessons Learned` and its subsections left as the template has them',
        options: notesTemplate,
        markdown: notesDoc({
          '### What Worked Well': ['- [Lesson 1 about successful approaches]'],
          '### Challenges Encountered': ['- [Challenge 1 and how it was addressed]'],
          '### Technical Insights': ['- [Insight 1 about the technology stack]'],
        }),
        messages: [
          '⟦## Lessons Learned⟧: Section `## Lessons Learned` is empty, and so are its 3 subsections: the template expects content here',
        ],
      },
      {
        name: 'implementation-notes: the last section before an empty footer',
        options: notesTemplate,
        markdown: notesDoc({ '### Technical Debt': [] }, ['---']),
        messages: ['⟦### Technical Debt⟧: Section `### Technical Debt` is empty: the template expects content here'],
      },
      {
        name: 'technical-implementation: `## Bugs Fixed` as the template has it, issue rows numbered',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Critical Issues Resolved': [
            '| Issue | Description | Root Cause | Solution | Files Changed |',
            '|-------|-------------|------------|----------|---------------|',
            '| #1 | [Brief description] | [Why it happened] | [How it was fixed] | [File paths] |',
            '| #2 | [Brief description] | [Why it happened] | [How it was fixed] | [File paths] |',
          ],
          '### Technical Debt Addressed': ['- **[Debt Item]**: [Description and resolution]'],
          '### Technical Debt Created': ['- **[New Debt]**: [Description and plan to address]'],
        }),
        messages: [
          '⟦## Bugs Fixed⟧: Section `## Bugs Fixed` is empty, and so are its 3 subsections: the template expects content here',
        ],
      },
      {
        name: 'technical-implementation: an issues table with only its header row',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Critical Issues Resolved': [
            '| Issue | Description | Root Cause | Solution | Files Changed |',
            '|---|---|---|---|---|',
          ],
        }),
        messages: ['⟦### Critical Issues Resolved⟧: Section `### Critical Issues Resolved` is empty: the template expects content here'],
      },
      {
        name: 'technical-implementation: an issues table with a numbered row of placeholders and empty cells',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Critical Issues Resolved': [
            '| Issue | Description | Root Cause | Solution | Files Changed |',
            '|---|---|---|---|---|',
            '| 1. | [Brief description] | | | |',
          ],
        }),
        messages: ['⟦### Critical Issues Resolved⟧: Section `### Critical Issues Resolved` is empty: the template expects content here'],
      },
      {
        name: 'technical-implementation: `### Database Changes` with its fields left as placeholders',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Database Changes': [
            '- **Schema Updates**: [Tables/columns added, modified, or removed]',
            '- **Migration Status**: [Migration number and deployment status]',
            '- **Data Impact**: [How existing data was affected]',
          ],
        }),
        messages: ['⟦### Database Changes⟧: Section `### Database Changes` is empty: the template expects content here'],
      },
      {
        name: 'technical-implementation: dependency fields empty or placeholders',
        options: technicalTemplate,
        markdown: technicalDoc({
          '### Technical Dependencies': ['- **Added**: [New dependencies and why they were needed]', '- **Removed**:', '- __Updated__: [Version]'],
        }),
        messages: ['⟦### Technical Dependencies⟧: Section `### Technical Dependencies` is empty: the template expects content here'],
      },
      {
        name: 'technical-implementation: a section under a missing parent is reported where it is',
        options: technicalTemplate,
        // Without `## Bugs Fixed`, its subsections stand under the title.
        markdown: technicalDoc({ '### Technical Debt Created': [] }).replace(`${mark('## Bugs Fixed')}\n\n`, ''),
        messages: ['⟦### Technical Debt Created⟧: Section `### Technical Debt Created` is empty: the template expects content here'],
      },
      {
        name: 'kep-style: `## Summary` with only the template\'s comment',
        options: kepTemplate,
        markdown: kepDoc({
          '## Summary': ['<!--', 'Write this for readers who will only ever read this section.', '-->'],
        }),
        messages: ['⟦## Summary⟧: Section `## Summary` is empty: the template expects content here'],
      },
      {
        name: 'kep-style: `### Non-Goals` empty, `### Goals` with content',
        options: kepTemplate,
        markdown: kepDoc({ '### Non-Goals': [] }),
        messages: ['⟦### Non-Goals⟧: Section `### Non-Goals` is empty: the template expects content here'],
      },
      {
        name: 'kep-style: a required subsection of an optional section with content',
        options: kepTemplate,
        markdown: kepDoc({ '#### Story 2': [] }),
        messages: ['⟦#### Story 2⟧: Section `#### Story 2` is empty: the template expects content here'],
      },
      {
        name: 'kep-style: a table with placeholder rows, and a field with a placeholder value',
        options: kepTemplate,
        markdown: kepDoc({
          '##### Unit tests': ['| Package | Coverage before | Coverage after |', '| --- | --- | --- |', '| [package path] | [percent] | [percent] |'],
          '###### How can this feature be enabled / disabled in a live cluster?': ['- [ ]', '  - Feature gate name: [name]'],
        }),
        messages: [
          '⟦##### Unit tests⟧: Section `##### Unit tests` is empty: the template expects content here',
          '⟦###### How can this feature be enabled / disabled in a live cluster?⟧: Section `###### How can this feature be enabled / disabled in a live cluster?` is empty: the template expects content here',
        ],
      },
      {
        name: 'rfc-style: a section with only its definition and a comment',
        options: rfcTemplate,
        markdown: rfcDoc({ '# Motivation': ['[motivation]: #motivation', '', '<!-- why -->'] }),
        messages: ['⟦# Motivation⟧: Section `# Motivation` is empty: the template expects content here'],
      },
      {
        name: 'rfc-style: the last section, its definition only',
        options: rfcTemplate,
        markdown: rfcDoc({ '# Future possibilities': ['[future-possibilities]: #future-possibilities'] }),
        messages: ['⟦# Future possibilities⟧: Section `# Future possibilities` is empty: the template expects content here'],
      },
    ],
  },
)

describe(`${ruleId} messages`, () => {
  it('carry no `expected`: no single edit fills a section', async () => {
    const messages = await lint(rule, retro, unmarked(retroDoc({ '## Summary': [] })))
    expect(messages).toHaveLength(1)
    expect(messages[0]!.expected).toBeUndefined()
  })
})

describe(`${ruleId} options`, () => {
  const markdown = unmarked(retroDoc())
  const cases: Array<[string, unknown, string]> = [
    [
      'an unknown option',
      { ...retro, allow: ['Summary'] },
      'Unexpected option `allow` for `no-empty-template-sections`: expected one of `template`, `templates`, `files`, `placeholderSyntax`, `allowTemplatesOutsideProject`, `base`',
    ],
    ['options not an object', 'yes', 'Unexpected options for `no-empty-template-sections`: expected an object, not `"yes"`'],
    [
      '`template` not a string',
      { template: 3 },
      'Unexpected value `3` for option `template` of `no-empty-template-sections`: expected a non-empty string',
    ],
  ]
  it.each(cases)('%s', async (_, options, message) => {
    await expect(lint(rule, options, markdown)).rejects.toThrow(message)
  })

  it('a template that does not exist fails when the rule is attached', async () => {
    await expect(lint(rule, { template: join(import.meta.dirname, 'nope.md') }, markdown)).rejects.toThrow(
      /^Cannot read template `.*nope\.md`: no such file$/u,
    )
  })

  it('is off with severity 0', async () => {
    expect(await lint(rule, [0, retro], unmarked(retroDoc({ '## Summary': [] })))).toEqual([])
  })
})
