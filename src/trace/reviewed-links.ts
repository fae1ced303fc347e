/**
 * Signed-off suspect links: `reviewed-links.txt` at the spec root records that a test was reviewed
 * against a clause's changed text. One line per (test, rule ID), tab-separated, sorted, so that it diffs
 * and merges line by line like the registry:
 *
 * ```
 * ui/expr/if.rs	expr.if.cond	<sha256 of the clause as reviewed>
 * ```
 *
 * A suspect link (`suspect.ts`) whose test and ID are recorded with the clause's *current* hash is
 * reviewed: it no longer counts as a warning, so CI fails only on unreviewed ones. When the clause
 * changes again its hash differs, and the link is suspect again. `specmark trace --since V
 * --mark-reviewed` records every suspect link it finds; the file may also be edited by hand.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {InputError} from '../diagnostics/diagnostic.ts'
import {displayPath} from '../core/paths.ts'
import {isRuleId} from '../core/rule-id.ts'
import type {SuspectLink} from './suspect.ts'

export const REVIEWED_FILE = 'reviewed-links.txt'

export interface ReviewedLink {
  test: string
  id: string
  sha256: string
}

const HEADER = [
  '# specmark reviewed suspect links: each test was reviewed against the clause with this hash. Sorted;',
  '# `specmark trace --since VERSION --mark-reviewed TESTS` adds the links it finds suspect.',
  '# Columns (tab-separated): test path (as trace prints it), rule ID, sha256 of the clause reviewed.',
]

/** Parses the file's text; a malformed line is an `InputError` naming it. */
export function parseReviewedLinks(text: string, display: string): ReviewedLink[] {
  const links: ReviewedLink[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || raw.startsWith('#')) return
    const [test = '', id = '', sha256 = '', ...rest] = raw.split('\t')
    const fail = (why: string): never => {
      throw new InputError(`${display}:${index + 1}:1: invalid reviewed link: ${why}`)
    }
    if (test === '' || rest.length > 0) fail('expected three tab-separated columns: test, rule ID, sha256')
    if (!isRuleId(id)) fail(`\`${id}\` is not a rule ID`)
    if (!/^[0-9a-f]{64}$/.test(sha256)) fail('expected a sha256 in the third column')
    links.push({test, id, sha256})
  })
  return links
}

export function serializeReviewedLinks(links: ReviewedLink[]): string {
  const key = (link: ReviewedLink): string => `${link.test}\t${link.id}`
  const unique = new Map(links.map((link) => [key(link), link]))
  const lines = [...unique.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((link) => `${link.test}\t${link.id}\t${link.sha256}`)
  return `${[...HEADER, ...lines].join('\n')}\n`
}

export async function readReviewedLinks(root: string): Promise<ReviewedLink[]> {
  const file = path.join(root, REVIEWED_FILE)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch {
    return []
  }
  return parseReviewedLinks(text, displayPath(file))
}

export interface ReviewedSplit {
  /** Suspect links with the tests not yet reviewed against the current text (links with none dropped). */
  unreviewed: SuspectLink[]
  /** (test, ID) pairs reviewed against the current text. */
  reviewed: Array<{test: string; id: string}>
}

/** Splits suspect links by the sign-offs; `hashOf` gives a clause's current hash (pure). */
export function applyReviews(links: SuspectLink[], reviews: ReviewedLink[], hashOf: (id: string) => string | undefined): ReviewedSplit {
  const signed = new Set(reviews.map((review) => `${review.test}\t${review.id}\t${review.sha256}`))
  const unreviewed: SuspectLink[] = []
  const reviewed: ReviewedSplit['reviewed'] = []
  for (const link of links) {
    const hash = hashOf(link.id)
    const open = link.tests.filter((test) => !signed.has(`${test}\t${link.id}\t${hash}`))
    for (const test of link.tests) if (!open.includes(test)) reviewed.push({test, id: link.id})
    if (open.length > 0) unreviewed.push({...link, tests: open})
  }
  return {unreviewed, reviewed}
}

/** The sign-offs after reviewing every test of `links` against the current text. */
export function markReviewed(existing: ReviewedLink[], links: SuspectLink[], hashOf: (id: string) => string | undefined): ReviewedLink[] {
  const added = links.flatMap((link) => {
    const sha256 = hashOf(link.id)
    return sha256 === undefined ? [] : link.tests.map((test) => ({test, id: link.id, sha256}))
  })
  // A new sign-off of the same (test, ID) replaces the older one.
  const replaced = new Set(added.map((link) => `${link.test}\t${link.id}`))
  return [...existing.filter((link) => !replaced.has(`${link.test}\t${link.id}`)), ...added]
}
