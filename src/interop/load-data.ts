/**
 * Load: the interop guidance data, `interop/data/{tools,constructs,support,type-map}.yaml` under the spec
 * root, validated against `schema.ts`. Every record keeps its file and line so that lints and data views
 * can point at it; invalid files are reported, not thrown.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'
import {readSource} from '../load/read-source.ts'
import {displayPath} from '../core/paths.ts'
import {parseYaml} from '../load/yaml-data.ts'
import type {SourceSpan} from '../model/types.ts'
import {DATA_FILES, type Construct, type SupportCell, type Tool, type TypeMapRow} from './schema.ts'

export const DATA_DIR = 'interop/data'

export type Located<T> = T & {place: SourceSpan}

export interface InteropData {
  tools: Array<Located<Tool>>
  constructs: Array<Located<Construct>>
  support: Array<Located<SupportCell>>
  types: Array<Located<TypeMapRow>>
  /** Schema and YAML problems, each at its place. */
  problems: Array<{message: string; place: SourceSpan}>
}

/** Loads the data under `contentRoot`, or null when the spec has no interop data folder. */
export async function loadInteropData(contentRoot: string): Promise<InteropData | null> {
  const dir = path.join(contentRoot, DATA_DIR)
  try {
    if (!(await fs.stat(dir)).isDirectory()) return null
  } catch {
    return null
  }
  const data: InteropData = {tools: [], constructs: [], support: [], types: [], problems: []}
  for (const [name, spec] of Object.entries(DATA_FILES) as Array<[keyof typeof DATA_FILES, (typeof DATA_FILES)[keyof typeof DATA_FILES]]>) {
    const file = `${DATA_DIR}/${spec.file}`
    const absolute = path.join(contentRoot, file)
    let text: string
    try {
      await fs.access(absolute)
    } catch {
      continue
    }
    text = await readSource(absolute, displayPath(absolute), contentRoot)
    const schema = z.object({[spec.key]: z.array(z.unknown())}).strict()
    const outer = parseYaml(text, schema, file)
    if (!outer.ok) {
      data.problems.push(...outer.problems)
      continue
    }
    const records = outer.data[spec.key] as unknown[]
    records.forEach((record, index) => {
      const place = outer.locate([spec.key, index])
      const parsed = spec.schema.safeParse(record)
      if (parsed.success) {
        ;(data[name] as unknown[]).push({...parsed.data, place})
        return
      }
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? ` at \`${[spec.key, index, ...issue.path].join('.')}\`` : ''
        data.problems.push({message: `${issue.message}${where}`, place: outer.locate([spec.key, index, ...(issue.path as Array<string | number>)])})
      }
    })
  }
  return data
}
