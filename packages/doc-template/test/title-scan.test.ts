/**
 * Reading a template's title without parsing it: `scanTitle` gives exactly
 * the title `parseTemplate` reads, or says it cannot be sure (undefined);
 * `loadTemplateTitle` gives `loadTemplate(path).title` and fails as it does.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  clearTemplateCache,
  loadTemplate,
  loadTemplateTitle,
  parseTemplate,
  resolveTemplate,
  resolveTemplateTitle,
  scanTitle,
  type PlaceholderSyntax,
  type TemplateTitle,
} from '../src/index.js'
import { builtinTemplates, fixtureTemplates, repository } from './support.js'

const folder = mkdtempSync(join(tmpdir(), 'feature-docs-title-scan-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** The title a full parse reads, or the error it throws. */
function parsedTitle(text: string, syntaxes?: readonly PlaceholderSyntax[]): TemplateTitle | undefined | Error {
  try {
    return parseTemplate(text, { syntaxes }).title
  } catch (error) {
    return error as Error
  }
}

/** `same`: the scan read the title (or its absence) as the parse does; `parse`: it left it to a parse. */
function scanned(text: string, syntaxes?: readonly PlaceholderSyntax[]): 'same' | 'parse' {
  const scan = scanTitle(text, syntaxes)
  if (scan === undefined) return 'parse'
  expect(scan.title).toStrictEqual(parsedTitle(text, syntaxes))
  return 'same'
}

describe('scanTitle on real templates', () => {
  const corpora = join(repository, '..', 'shared', 'corpora')
  const read = (path: string) => readFileSync(path, 'utf8')

  it('reads the titles of the built-in templates and most fixtures as a parse does', () => {
    const outcome = (folderPath: string) =>
      Object.fromEntries(readdirSync(folderPath).map((name) => [name, scanned(read(join(folderPath, name)))]))
    expect(outcome(builtinTemplates)).toEqual({ 'implementation-notes.md': 'same', 'technical-implementation.md': 'same' })
    expect(outcome(fixtureTemplates)).toEqual({
      // `{x}` in the title: a placeholder only if the rest of the template writes two.
      'decision-record.md': 'parse',
      'kep-style.md': 'same',
      'numbered-proposal.md': 'same',
      'release-notes.md': 'same',
      'rfc-style.md': 'same',
    })
  })

  it.skipIf(!existsSync(corpora))(existsSync(corpora) ? 'reads the corpora’s titles as a parse does' : 'reads the corpora’s titles as a parse does (skipped: ../shared/corpora is absent)', () => {
    const outcome = Object.fromEntries(
      readdirSync(corpora)
        .filter((name) => existsSync(join(corpora, name, 'template.md')))
        .map((name) => [name, scanned(read(join(corpora, name, 'template.md')))]),
    )
    expect(outcome).toEqual({ madr: 'parse', 'openshift-enhancements': 'same', 'react-rfcs': 'same' })
  })
})

describe('scanTitle on the Markdown that decides a title', () => {
  it.each([
    ['a title', '# Notes - [Feature]\n\n## One\n', 'same'],
    ['a free title', '# Neat Enhancement Idea\n\n## Summary\n', 'same'],
    ['a title indented by three', '   # Notes - [Feature]\n\n## One\n', 'same'],
    ['a title with a closing sequence and emphasis', '# **Notes** - `[Feature]` ##\n\n## One\n', 'same'],
    ['YAML front matter before the title', '---\ntitle: x\n# not a heading\n---\n\n# Notes - [Feature]\n\n## One\n', 'same'],
    ['TOML front matter before the title', '+++\ntitle = "x"\n+++\n# Notes - [Feature]\n\n## One\n', 'same'],
    ['front matter that nothing closes', '---\ntitle: x\n\n# Notes - [Feature]\n\n## One\n', 'parse'],
    ['a byte order mark', '\uFEFF# Notes - [Feature]\n\n## One\n', 'same'],
    ['CRLF line endings', 'Intro\r\n\r\n# Notes - [Feature]\r\n\r\n## One\r\n', 'same'],
    ['lone CR line endings', '# Notes - [Feature]\r\r## One\r', 'parse'],
    ['a first heading that is no H1', '## One\n\n# Notes - [Feature]\n', 'same'],
    ['two H1s', '# Notes - [Feature]\n\n## One\n\n# Appendix\n', 'same'],
    ['no heading at all', 'Just text, [placeholder].\n', 'parse'],
    ['a heading only inside a list', '- # Notes - [Feature]\n', 'parse'],
    ['an H1 in a code fence', '# Notes - [Feature]\n\n```sh\n# a comment\n```\n\n## One\n', 'same'],
    ['an H1 in a tilde fence of four', '# Notes - [Feature]\n\n~~~~\n# a comment\n~~~\n# still code\n~~~~\n', 'same'],
    ['a fence nothing closes', '# Notes - [Feature]\n\n```\n# a comment\n', 'same'],
    ['a backtick line that is no fence', '# Notes - [Feature]\n\n``` a`b\n# Second\n', 'same'],
    ['an H1 in a comment', '# Notes - [Feature]\n\n<!--\n# not a heading\n-->\n\n## One\n', 'same'],
    ['a comment before the title', '<!-- read me -->\n# Notes - [Feature]\n\n## One\n', 'same'],
    ['a comment that closes on a later line with text', '<!-- a\nb --> text\n# Notes - [Feature]\n', 'same'],
    ['a comment of the odd kind', '<!-->\n# Notes - [Feature]\n', 'parse'],
    ['an H1 in an HTML block', '# Notes - [Feature]\n\n<details>\n# not a heading\n</details>\n', 'parse'],
    ['an HTML block that a blank line ends', '# Notes - [Feature]\n\n<details>\n\n# Second\n', 'same'],
    ['an HTML block with a fence line in it', '# Notes - [Feature]\n\n<div>\n```\n\n# Second\n', 'parse'],
    ['a <pre> block', '# Notes - [Feature]\n\n<pre>\n\n# not a heading\n</pre>\n', 'parse'],
    ['an H1 closing a list', '- item\n\n# Notes - [Feature]\n\n## One\n', 'same'],
    ['an indented H1 after a list', '- item\n\n  # Notes - [Feature]\n\n## One\n', 'parse'],
    ['an indented H1 inside a list, after the title', '# Notes - [Feature]\n\n- item\n\n  # Inner\n', 'parse'],
    ['an H2 inside a list, after the title', '# Notes - [Feature]\n\n- item\n\n  ## Inner\n', 'same'],
    ['a fence in a list item that a heading closes', '# Notes - [Feature]\n\n- ```\n# Second\n', 'same'],
    ['an indented fence after a list', '# Notes - [Feature]\n\n- item\n\n  ```\n# Second\n  ```\n', 'parse'],
    ['an indented fence with no list', '# Notes - [Feature]\n\n  ```\n# code\n  ```\n', 'same'],
    ['a block quote', '> # Quoted\n\n# Notes - [Feature]\n\n## One\n', 'same'],
    ['indented code', '    # code\n\n# Notes - [Feature]\n', 'same'],
    ['a tab before a hash', '\t# code\n\n# Notes - [Feature]\n', 'same'],
    ['a setext title', 'Notes - [Feature]\n=================\n\n## One\n', 'parse'],
    ['a setext H2 first', 'One\n---\n\n# Notes - [Feature]\n', 'parse'],
    ['a thematic break after the title', '# Notes - [Feature]\n\nText\n\n---\n\n## One\n', 'same'],
    ['a setext H1 after the title', '# Notes - [Feature]\n\nSecond\n===\n', 'parse'],
    ['a reference definition the title may use', '# Notes - [Feature]\n\n[feature]: https://example.com\n', 'parse'],
    ['a reference definition the title may use, its label over two lines', '# Notes - [Feature  Name]\n\n> [feature\nname]: https://example.com\n', 'parse'],
    ['a footnote definition the title may use', '# Notes - [^1]\n\n[^1]: A note.\n', 'parse'],
    ['a reference definition of another label', '# Notes - [Feature]\n\n[kubernetes.io]: https://kubernetes.io/\n', 'same'],
    ['a backslash in a title with brackets, and a definition', '# Notes - \\[Feature]\n\n[other]: https://example.com\n', 'parse'],
    ['a reference definition and a title with no bracket', '# Neat Idea - {name} - {team}\n\n[x]: https://example.com\n', 'same'],
    ['a number mask', '# KEP-NNNN: Your short, descriptive title\n\n## Summary\n', 'same'],
    ['a date mask standing alone', '# yyyy-mm-dd\n\n## Notes\n', 'same'],
    ['one curly placeholder in the title, one more below', '# {title}\n\n## Context\n\n{context}\n', 'parse'],
    ['two curly placeholders in the title', '# {area}: {title}\n\n## Context\n', 'same'],
    ['angle placeholders in the title', '# <area>: <title>\n\n## Context\n', 'same'],
    ['markdown too hazardous to parse', `# T\n\n${']'.repeat(20_000)}\n`, 'parse'],
  ])('%s', (_, text, expected) => {
    expect(scanned(text)).toBe(expected)
  })

  it('reads the title with the syntaxes an option names', () => {
    const text = '# {title}\n\n## Context\n\n{context}\n'
    expect(scanned(text, ['curly'])).toBe('same')
    expect(scanned(text, ['square'])).toBe('same')
  })

  it('agrees with a parse on templates made of random lines', () => {
    const pieces = [
      '# Title - [Name]', '# Other', '## Section', '   # Indented', '  ## Sub', 'Text [x] here', '', '', '- item', '  - nested',
      '> quote', '> # quoted', '```', '~~~', '    code', '\t# tab', '<!--', '-->', '<!-- one -->', '<div>', '</div>', '---', '===',
      '[^1]: note', '[x]: https://x', '| a | b |', '|---|---|', '1. first', '# {a} {b}', '# KEP-NNNN: t', '* * *', '+++',
    ]
    // A fixed sequence, so a failure is the same on every run.
    let seed = 7
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed / 2 ** 31
    }
    let sure = 0
    for (let round = 0; round < 400; round++) {
      const lines = Array.from({ length: 2 + Math.floor(next() * 10) }, () => pieces[Math.floor(next() * pieces.length)]!)
      const text = `${lines.join('\n')}\n`
      const scan = scanTitle(text)
      if (scan === undefined) continue
      sure++
      expect(scan.title, JSON.stringify(text)).toStrictEqual(parsedTitle(text))
    }
    // The scan is sure of a good share of them, or this proves little.
    expect(sure).toBeGreaterThan(100)
  })
})

describe('loadTemplateTitle', () => {
  function write(name: string, content: string | Buffer): string {
    const path = join(folder, name)
    writeFileSync(path, content)
    return path
  }

  it('gives the title loadTemplate gives', () => {
    for (const path of [write('plan.md', '# Plan - [Project]\n\n## Goals\n'), join(fixtureTemplates, 'decision-record.md'), join(fixtureTemplates, 'kep-style.md')]) {
      clearTemplateCache()
      const title = loadTemplateTitle(path)
      clearTemplateCache()
      expect(title).toStrictEqual(loadTemplate(path).title)
    }
  })

  it.each([
    ['a path that does not exist', () => join(folder, 'missing.md')],
    ['a directory', () => (mkdirSync(join(folder, 'dir.md'), { recursive: true }), join(folder, 'dir.md'))],
    ['a file that is not Markdown by name', () => write('template.json', '{}')],
    ['a binary file', () => write('binary.md', Buffer.from([0x23, 0x20, 0x00, 0xff]))],
    ['a file that is not UTF-8', () => write('latin1.md', Buffer.from([0x23, 0x20, 0xe9, 0x0a]))],
    ['a template with no headings', () => write('flat.md', 'Just text, [placeholder].\n')],
    ['a template too hazardous to parse', () => write('hazard.md', `# T\n\n${']'.repeat(20_000)}\n`)],
  ])('fails on %s as loadTemplate does', (_, makePath) => {
    const path = makePath()
    const failure = (load: () => unknown) => {
      clearTemplateCache()
      try {
        load()
      } catch (error) {
        return error
      }
      return undefined
    }
    const expected = failure(() => loadTemplate(path))
    expect(expected).toBeInstanceOf(Error)
    expect(failure(() => loadTemplateTitle(path))).toStrictEqual(expected)
  })
})

describe('resolveTemplateTitle', () => {
  const known = { plan: './plan.md', kep: join(fixtureTemplates, 'kep-style.md'), parsed: parseTemplate('# Parsed - [X]\n\n## One\n') }
  const outcome = (resolve: () => unknown) => {
    clearTemplateCache()
    try {
      return resolve()
    } catch (error) {
      return error
    }
  }

  it.each(['plan', 'kep', 'parsed', './plan.md', 'missing', './missing.md'])('gives the title of what resolveTemplate gives for %s, or its error', (reference) => {
    writeFileSync(join(folder, 'plan.md'), '# Plan - [Project]\n\n## Goals\n')
    const expected = outcome(() => (resolveTemplate(reference, known, folder, 'a test') as { title: unknown }).title)
    expect(outcome(() => resolveTemplateTitle(reference, known, folder, 'a test'))).toStrictEqual(expected)
  })
})
