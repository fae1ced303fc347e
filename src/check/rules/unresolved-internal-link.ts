/**
 * `unresolved-internal-link`: a link to another chapter (`../items/modules.md`) or to an anchor
 * (`#some-heading`, `modules.md#r-items.mod.intro`) that does not exist in the specification.
 * Links leaving the book (`../rustc/…`) and URLs are not checked.
 *
 * In an mdBook every such link is a warning, as mdBook builds the book and publishes the link: to a
 * missing file that is no chapter (an image, a download), to a missing anchor on a page that exists (the
 * link still reaches its page: the book's own stale anchors, e.g. after a heading was reworded), to a
 * page that does not exist (shown as unlinked text). In our layout a missing page or anchor is an error.
 * Either can be configured (`lints` in `docs/configuration.md`; `error` for a book that must have none).
 */
import {decodePercent} from '../../core/percent.ts'
import {droppedByMdBook} from '../../model/resolve-reference.ts'
import type {LintRule} from '../context.ts'

export const unresolvedInternalLink: LintRule = {
  code: 'unresolved-internal-link',
  severity: 'error',
  description: 'a link to a chapter or anchor that does not exist',
  checkChapter({index, project}, chapter, report) {
    for (const reference of chapter.blocks.flatMap((block) => block.refs)) {
      // mdBook reaches the page, but not as written: `x.mdr`, or `x.md?q#a` whose fragment it drops.
      const dropped = project.layout === 'mdbook' && reference.kind === 'chapter' && reference.resolved ? droppedByMdBook(reference.target) : ''
      if (dropped !== '') {
        report({
          severity: 'warning',
          reason: `Unexpected \`${dropped}\` after \`.md\` in the link to \`${reference.target}\`, expected the chapter's \`.md\` file and at most a \`#fragment\`: mdBook drops it from the published link`,
          place: reference.position,
          hint: `write \`${reference.target.slice(0, reference.target.length - dropped.length)}\`${dropped.includes('#') ? ', and the fragment right after `.md`' : ''}`,
        })
        continue
      }
      if ((reference.kind !== 'chapter' && reference.kind !== 'anchor' && reference.kind !== 'asset') || reference.resolved) continue
      if (reference.kind === 'asset') {
        // mdBook builds such a book; the missing file is the book's own slip (a warning, configurable).
        report({
          severity: 'warning',
          reason: `Unexpected link to missing file \`${reference.target}\`, expected a file of the book`,
          place: reference.position,
          hint: 'files under the book’s source folder are published beside its pages: check the path, relative to this chapter',
        })
        continue
      }
      const [pathPart, fragment] = reference.target.split('#', 2)
      const target = pathPart ? index.chapterByFile.get(normalize(chapter.file, pathPart.replace(/\.html?$/, '.md'))) : chapter.id
      const reason =
        target === undefined
          ? `Unexpected link to \`${pathPart}\`, expected a chapter of the specification`
          : `Unexpected link to missing anchor \`#${fragment}\` in \`${target}\`, expected a heading, rule or anchor of that page`
      report({
        reason,
        ...(project.layout === 'mdbook' ? {severity: 'warning' as const} : {}),
        place: reference.position,
        hint: target === undefined ? 'link to the chapter’s `.md` file relative to this file' : 'rule anchors are written `#r-<rule.id>`; heading anchors are the heading in lowercase with spaces as `-`',
      })
    }
  },
}

function normalize(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1)
  for (const segment of decodePercent(target, 'keep').split('/')) {
    if (segment === '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}
