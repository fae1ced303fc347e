/**
 * External ID lists: the rule IDs of another document (the Rust Reference, say) that ours must not repeat,
 * so that a bare citation names one document. A list is a text file (one ID a line, `#` comments) or the
 * root of a markdown specification, whose `r[id]` label lines are collected. Lists come from
 * `settings.externalIds` in outline.yaml (paths relative to the spec root) and from
 * `specmark check --external-ids PATH` (relative to the working directory).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {isRuleId} from '../core/rule-id.ts'

export interface ExternalIdList {
  /** The path as configured. */
  source: string
  /** null when the path could not be read. */
  ids: Set<string> | null
}

/** mdbook-spec's label syntax: the label fills its line. */
const LABEL = /^r\[([^\]\s]+)\]$/gm

export async function loadExternalIdList(absolute: string, source: string): Promise<ExternalIdList> {
  const stat = await fs.stat(absolute).catch(() => null)
  if (!stat) return {source, ids: null}
  const ids = new Set<string>()
  if (stat.isDirectory()) {
    for (const file of await markdownFiles(absolute)) {
      for (const match of (await fs.readFile(file, 'utf8')).matchAll(LABEL)) ids.add(match[1]!)
    }
  } else {
    for (const line of (await fs.readFile(absolute, 'utf8')).split('\n')) {
      const id = line.replace(/#.*/, '').trim()
      if (isRuleId(id)) ids.add(id)
    }
  }
  return {source, ids}
}

export async function loadExternalIdLists(root: string, configured: string[] = [], extra: string[] = []): Promise<ExternalIdList[]> {
  return Promise.all([
    ...configured.map((entry) => loadExternalIdList(path.resolve(root, entry), entry)),
    ...extra.map((entry) => loadExternalIdList(path.resolve(entry), entry)),
  ])
}

async function markdownFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await fs.readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await markdownFiles(full)))
    else if (entry.isFile() && entry.name.endsWith('.md')) found.push(full)
  }
  return found.sort()
}
