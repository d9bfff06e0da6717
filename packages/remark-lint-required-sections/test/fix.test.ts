import { join } from 'node:path'
import { fixTester } from '../../../test/support/lint.js'
import { markLines } from '../../../test/support/markers.js'
import remarkLintRequiredSections from '../src/index.js'

const plan = join(import.meta.dirname, 'plan-template.md')
const h1Sections = join(import.meta.dirname, 'h1-sections-template.md')
const release = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'templates', 'release-notes.md')

const complete = `# Plan - Search

## Goals

### Success Metrics

## Design

### Architecture

### Alternatives

## Rollout

### Phases

### Rollback
`
/** The plan without its optional section: what inserting every required one gives. */
const required = complete.replace('### Alternatives\n\n', '')

const release1 = `# Release - Spring

## Summary

The spring release.

## Sign-off

**Approver**: Dana
**Date**: 2026-03-01
**Notes**: None.
`

fixTester({ plugin: remarkLintRequiredSections, ruleId: 'required-sections' }, [
  {
    name: 'a missing section and its required subsections, after the sibling before it (the optional one left out)',
    markdown: markLines(complete.replace('## Design\n\n### Architecture\n\n### Alternatives\n\n', ''), '## Rollout'),
    options: { template: plan },
    fixes: ['⟦## Rollout⟧-⟦## Rollout⟧ insert: Insert missing section `## Design`'],
    output: required,
  },
  {
    name: 'a missing first subsection, first under its parent',
    markdown: markLines(complete.replace('### Success Metrics\n\n', ''), '## Design'),
    options: { template: plan },
    fixes: ['⟦## Design⟧-⟦## Design⟧ insert: Insert missing section `### Success Metrics`'],
    output: complete,
  },
  {
    name: 'a missing last section at the end of the doc, with a blank line before it',
    markdown: `${complete.replace('\n### Rollback\n', '')}⟦end⟧`,
    options: { template: plan },
    fixes: ['⟦end⟧ insert: Insert missing section `### Rollback`'],
    output: complete,
  },
  {
    name: 'two missing siblings at one place go in template order',
    markdown: `${complete.replace('### Phases\n\n### Rollback\n', '')}⟦end⟧`,
    options: { template: plan },
    fixes: ['⟦end⟧ insert: Insert missing section `### Phases`', '⟦end⟧ insert: Insert missing section `### Rollback`'],
    output: complete,
  },
  {
    name: 'CRLF, a byte order mark and no final line ending are kept',
    markdown: `\uFEFF${complete.replace('\n### Rollback\n', '').trimEnd().replace(/\n/gu, '\r\n')}⟦end⟧`,
    options: { template: plan },
    fixes: ['⟦end⟧ insert: Insert missing section `### Rollback`'],
    output: `\uFEFF${complete.trimEnd().replace(/\n/gu, '\r\n')}`,
  },
  {
    name: "the template's own text: body with placeholders, table, required subsections; not the optional one",
    markdown: markLines(release1, '## Sign-off'),
    options: { template: release },
    fixes: ['⟦## Sign-off⟧-⟦## Sign-off⟧ insert: Insert missing section `## Changes`'],
    output: release1.replace(
      '## Sign-off',
      '## Changes\n\n| Change | Owner |\n|--------|-------|\n| [What] | [Who] |\n\n### Migration\n\n- [Step 1]\n\n## Sign-off',
    ),
  },
  {
    name: 'a missing section before a footer set apart by a thematic break stays above it',
    markdown: `${complete.replace('\n### Rollback\n', '')}\n⟦a⟧---\n\n**Owner**: Dana\n`,
    options: { template: plan },
    fixes: ['⟦a⟧ insert: Insert missing section `### Rollback`'],
    output: `${complete}\n---\n\n**Owner**: Dana\n`,
  },
  {
    name: 'one level deeper under a title of its own, as the doc writes its sections',
    markdown: '# Offline Sync\n\n## Summary\n\nWhat.\n\n⟦a⟧## Drawbacks\n\nCost.\n',
    options: { template: h1Sections },
    fixes: ['⟦a⟧ insert: Insert missing section `## Motivation`'],
    output: '# Offline Sync\n\n## Summary\n\nWhat.\n\n## Motivation\n\nWhy we want it.\n\n### Use Cases\n\n## Drawbacks\n\nCost.\n',
  },
  {
    name: 'heading level and spelling: the heading line as the template has it',
    markdown: markLines(complete.replace('### Architecture', '#### Architecture').replace('## Rollout', '## Rolout'), '#### Architecture', '## Rolout'),
    options: { template: plan },
    fixes: ['⟦#### Architecture⟧ rename: Replace with `### Architecture`', '⟦## Rolout⟧ rename: Replace with `## Rollout`'],
    output: complete,
  },
  {
    name: 'a heading at the wrong level keeps its own text (no template marker) and takes its subsections along',
    markdown: markLines(
      complete.replace('## Design\n\n### Architecture\n\n### Alternatives', '### design\n\n#### Architecture\n\n#### Alternatives'),
      '### design',
      '#### Alternatives',
    ),
    options: { template: plan },
    fixes: ['⟦### design⟧-⟦/#### Alternatives⟧ rename: Change to level 2, with its subsections'],
    output: complete.replace('## Design', '## design'),
  },
  {
    name: 'no level fix that would take in a following sibling: the author chooses the outline',
    markdown: complete.replace('## Design', '### Design'),
    options: { template: plan },
    fixes: [],
    output: complete.replace('## Design', '### Design'),
  },
  {
    name: 'a misspelled optional section: its name without the template marker',
    markdown: markLines(complete.replace('### Alternatives', '### Alternativs'), '### Alternativs'),
    options: { template: plan },
    fixes: ['⟦### Alternativs⟧ rename: Replace with `### Alternatives`'],
    output: complete,
  },
  {
    name: 'a subsection already at its template level stays there when its parent moves',
    markdown: markLines(complete.replace('## Rollout', '# Rollout'), '# Rollout'),
    options: { template: plan },
    fixes: ['⟦# Rollout⟧ rename: Replace with `## Rollout`'],
    output: complete,
  },
  {
    name: 'no section inserted under a parent at another level: it would stand beside it',
    markdown: markLines(complete.replace('## Rollout\n\n### Phases\n\n', '# Rollout\n\n'), '# Rollout'),
    options: { template: plan },
    fixes: ['⟦# Rollout⟧ rename: Replace with `## Rollout`'],
    output: complete,
  },
  {
    name: 'a misspelling that replaces a word (`Dev` for `Tech`) may be meant: a guess',
    markdown: '# Rollout - Search\n\n⟦a⟧## Dev Preview to GA⟦/a⟧\n\n## Support\n',
    options: { template: join(import.meta.dirname, 'preview-template.md') },
    fixes: ['⟦a⟧ guess: Rename to `## Tech Preview to GA`'],
    output: '# Rollout - Search\n\n## Dev Preview to GA\n\n## Support\n',
  },
  {
    name: 'a misspelled heading at another level: the spelling only, when the level change would take in a heading that follows',
    markdown: markLines(complete.replace('### Architecture', '#### Architecure\n\n#### Notes'), '#### Architecure'),
    options: { template: plan },
    fixes: ['⟦#### Architecure⟧ rename: Replace with `#### Architecture`'],
    output: complete.replace('### Architecture', '#### Architecture\n\n#### Notes'),
  },
  {
    name: 'a heading of its own where the template has another: a guess, applied only when asked for',
    markdown: markLines(complete.replace('### Phases', '### Stages'), '### Stages'),
    options: { template: plan },
    fixes: ['⟦### Stages⟧ guess: Rename to `### Phases`'],
    output: complete.replace('### Phases', '### Stages'),
  },
  {
    name: 'the same guess, asked for',
    markdown: markLines(complete.replace('### Phases', '### Stages'), '### Stages'),
    options: { template: plan },
    kinds: ['rename', 'insert', 'guess'],
    fixes: ['⟦### Stages⟧ guess: Rename to `### Phases`'],
    output: complete,
  },
  {
    name: 'no insertion where it would take in the deeper headings that follow',
    markdown: complete.replace('### Success Metrics', '#### Targets'),
    options: { template: plan },
    fixes: [],
    output: complete.replace('### Success Metrics', '#### Targets'),
  },
  {
    name: 'no insertion when the doc has the section under a heading of more words, elsewhere',
    markdown: complete.replace('\n### Rollback\n', '').replace('### Architecture', '### Architecture\n\n#### Rollback Plan [TBD]'),
    options: { template: plan },
    fixes: [],
    output: complete.replace('\n### Rollback\n', '').replace('### Architecture', '### Architecture\n\n#### Rollback Plan [TBD]'),
  },
  {
    name: 'no insertion when the doc has a slip of the section elsewhere',
    markdown: complete.replace('\n### Rollback\n', '').replace('### Architecture', '### Architecture\n\n#### Rollbacks'),
    options: { template: plan },
    fixes: [],
    output: complete.replace('\n### Rollback\n', '').replace('### Architecture', '### Architecture\n\n#### Rollbacks'),
  },
  {
    name: 'a section out of order stays where it is by default',
    markdown: markLines(complete.replace('## Design\n\n### Architecture\n\n### Alternatives\n\n', '').concat('\n## Design\n\n### Architecture\n\n### Alternatives\n⟦end⟧'), '## Rollout'),
    options: { template: plan },
    fixes: ['⟦## Rollout⟧-⟦end⟧ move: Move section `## Rollout` after `## Design`'],
    output: complete.replace('## Design\n\n### Architecture\n\n### Alternatives\n\n', '').concat('\n## Design\n\n### Architecture\n\n### Alternatives\n'),
  },
  {
    name: 'a section out of order moves only when `move` is asked for',
    markdown: markLines(complete.replace('## Design\n\n### Architecture\n\n### Alternatives\n\n', '').concat('\n## Design\n\n### Architecture\n\n### Alternatives\n⟦end⟧'), '## Rollout'),
    options: { template: plan },
    kinds: ['rename', 'insert', 'move'],
    fixes: ['⟦## Rollout⟧-⟦end⟧ move: Move section `## Rollout` after `## Design`'],
    output: complete,
  },
])
