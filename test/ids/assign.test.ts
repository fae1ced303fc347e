/**
 * `ids assign`: property-based (fast-check) — on any chapter made of labelled and unlabelled paragraphs,
 * lists, notes and code, assigning inserts only label lines (every other byte is kept, in order),
 * labels every normative block with a fresh well-formed ID, and a second run changes nothing.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {assignIds, slugWords} from '../../src/ids/assign.ts'
import {isRuleId} from '../../src/core/rule-id.ts'
import {assembleModel} from '../../src/pipeline/assemble-model.ts'
import {check, chapter, outlineYaml, writeTree} from '../helpers/spec-fixture.ts'

const word = fc.constantFrom('the', 'value', 'of', 'a', 'place', 'expression', 'must', 'be', 'initialized', 'Type', 'x', '`u8`', 'é', '*stress*', 'then', 'IF')
const sentence = fc.array(word, {minLength: 1, maxLength: 8}).map((words) => `${words.join(' ')}.`)
const block = fc.oneof(
  sentence.map((text) => ({kind: 'paragraph' as const, text})),
  sentence.map((text) => ({kind: 'labelled' as const, text})),
  fc.array(sentence, {minLength: 1, maxLength: 3}).map((items) => ({kind: 'list' as const, text: items.map((item) => `- ${item}`).join('\n')})),
  sentence.map((text) => ({kind: 'note' as const, text: `> [!NOTE]\n> ${text}`})),
  fc.constant({kind: 'code' as const, text: '```rust\nlet x = 1;\n```'}),
  fc.constantFrom('## Heading one', '## Heading two').map((text) => ({kind: 'heading' as const, text}))
)
const newline = fc.constantFrom('\n', '\r\n')

function render(blocks: Array<{kind: string; text: string}>): string {
  let counter = 0
  return blocks.map((item) => (item.kind === 'labelled' ? `r[main.fixed-${counter++}]\n${item.text}` : item.text)).join('\n\n')
}

describe('ids assign', () => {
  it('derives IDs from the first significant words', () => {
    expect(slugWords('The value of a place expression must be initialized.')).toBe('value-place-expression')
    expect(slugWords('`u8` é!')).toBe('u8')
    expect(slugWords('...')).toBe('rule')
  })

  it('inserts only label lines, labels every normative block, and is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, {maxLength: 10}), newline, async (blocks, eol) => {
        const body = `# Main\n\nr[main.intro]\nIntro.\n\n${render(blocks)}\n`.replace(/\n/g, eol)
        const original = chapter('main', '').replace(/\n/g, eol) + body
        const root = await writeTree({'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]), 'main.md': original})
        const assigned = await assignIds(await assembleModel(root, {cache: false}))
        const after = await fs.readFile(path.join(root, 'main.md'), 'utf8')

        const inserted = assigned.map((item) => `r[${item.id}]${eol}`)
        let stripped = after
        for (const line of inserted) stripped = stripped.replace(line, '')
        expect(stripped).toBe(original)
        expect(assigned.every((item) => isRuleId(item.id) && item.id.startsWith('main.'))).toBe(true)
        expect(new Set(assigned.map((item) => item.id)).size).toBe(assigned.length)

        const diagnostics = await check(root)
        expect(diagnostics.filter((d) => d.code === 'missing-rule-id' || d.code === 'duplicate-rule-id')).toEqual([])
        expect(await assignIds(await assembleModel(root, {cache: false}))).toEqual([])
        expect(await fs.readFile(path.join(root, 'main.md'), 'utf8')).toBe(after)
      }),
      {numRuns: 40}
    )
  })

  it('never hands out an ID the registry knows, even a retired one', async () => {
    const root = await writeTree({
      'outline.yaml': outlineYaml([{id: 'main', prefix: 'main', file: 'main.md'}]),
      'main.md': chapter('main', '# Main\n\nr[main.intro]\nIntro.\n\n## Other\n\nOld rule text.\n'),
      'registry.txt': `main.old-rule-text\tretired:1.0\t0.9\t0.9\t${'0'.repeat(64)}\tobsolete\n`,
    })
    const assigned = await assignIds(await assembleModel(root, {cache: false}))
    expect(assigned.map((item) => item.id)).toEqual(['main.old-rule-text-2'])
  })
})
