import { remark } from 'remark'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import { VFile } from 'vfile'
const [,, rulePath, casesPath] = process.argv
const rule = (await import(rulePath)).default
const cases = (await import(casesPath)).default
for (const c of cases) {
  const file = new VFile({ path: 'doc.md', value: c.markdown })
  try {
    await remark().use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(rule, c.options).process(file)
    console.log(`## ${c.name}`)
    for (const m of file.messages) console.log(`  '${m.place.start.line}:${m.place.start.column}-${m.place.end.line}:${m.place.end.column}: ${m.reason}',${m.expected ? '  // expected ' + JSON.stringify(m.expected) : ''}`)
  } catch (e) { console.log(`## ${c.name}\n  THROWS ${e.message}`) }
}
