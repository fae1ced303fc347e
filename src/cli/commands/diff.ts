/**
 * `specmark diff OLD NEW`: the paragraph-level changelog between two folders or two git revisions.
 */
import type {Command} from 'commander'
import {diffParagraphs, formatDiffText} from '../../diff/diff-specs.ts'
import {materialize} from '../../diff/materialize.ts'
import {exportedParagraphs} from '../../export/paragraphs.ts'
import {loadSpec} from '../../pipeline/load-spec.ts'
import {addFormatOption, addRootOption} from '../options.ts'

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('compare two versions of the spec per rule ID (folders or git revisions)')
    .argument('<old>', 'a folder or a git revision')
    .argument('<new>', 'a folder or a git revision')
  addFormatOption(addRootOption(command)).action(async (oldSpec: string, newSpec: string, options: {root: string; format: 'text' | 'json'}) => {
    const sides = [materialize(oldSpec, options.root), materialize(newSpec, options.root)]
    try {
      const [before, after] = await Promise.all(sides.map((side) => loadSpec(side.root)))
      const diff = diffParagraphs(exportedParagraphs(before!.spec, before!.registry), exportedParagraphs(after!.spec, after!.registry), after!.registry)
      process.stdout.write(options.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : `${formatDiffText(diff)}\n`)
    } finally {
      for (const side of sides) side.dispose()
    }
  })
}
