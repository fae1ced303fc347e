/**
 * `specmark diff OLD [NEW…]`: the paragraph-level changelog between releases (`1.0`, from
 * `releases/1.0.json`), folders or git revisions; NEW defaults to the sources as they are. With more
 * than two sides it prints each step, then the cumulative change from the first to the last.
 */
import type {Command} from 'commander'
import {loadDiffSide, type DiffSide} from '../../pipeline/diff-sides.ts'
import {diffParagraphs, formatDiffText, type SpecDiff} from '../../diff/diff-specs.ts'
import {addFormatOption, addRootOption} from '../options.ts'

export function registerDiff(program: Command): void {
  const command = program
    .command('diff')
    .description('compare versions of the spec per rule ID: releases, folders or git revisions')
    .argument('<old>', 'a release (as in releases/), a folder or a git revision')
    .argument('[new...]', 'later versions, in order (default: the sources as they are)')
  addFormatOption(addRootOption(command)).action(async (oldSpec: string, newer: string[], options: {root: string; format: 'text' | 'json'}) => {
    const names: Array<string | null> = [oldSpec, ...(newer.length > 0 ? newer : [null])]
    const sides: DiffSide[] = []
    for (const name of names) sides.push(await loadDiffSide(name, options.root))
    const compare = (from: DiffSide, to: DiffSide): {from: string; to: string; diff: SpecDiff} => ({
      from: from.label,
      to: to.label,
      diff: diffParagraphs(from.paragraphs, to.paragraphs, to.registry),
    })
    const steps = sides.slice(1).map((side, index) => compare(sides[index]!, side))
    const cumulative = steps.length > 1 ? compare(sides[0]!, sides.at(-1)!) : null
    if (options.format === 'json') {
      // Two sides keep the original shape (one diff); more give the steps and the cumulative diff.
      const output = cumulative ? {steps, cumulative} : steps[0]!.diff
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`)
      return
    }
    const blocks = steps.length === 1 ? [formatDiffText(steps[0]!.diff)] : [...steps, cumulative!].map((step, index) => `${index === steps.length ? 'cumulative: ' : ''}${step.from} -> ${step.to}\n\n${formatDiffText(step.diff)}`)
    process.stdout.write(`${blocks.join('\n\n')}\n`)
  })
}
