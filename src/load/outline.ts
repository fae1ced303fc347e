/**
 * Loads our own layout: `outline.yaml` at the root lists parts and topics in the agreed order; each topic
 * names its chapter file, owning teams and rule-ID prefix.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {z} from 'zod'
import {DEFAULT_SETTINGS, SettingsSchema} from '../config/schema.ts'
import {InputError} from '../diagnostics/diagnostic.ts'
import {RULE_ID_PATTERN} from '../core/rule-id.ts'
import type {ListingEntry, Project} from './project.ts'
import {listMarkdownFiles, locateListedFile, readSource} from './read-source.ts'
import {parseYaml} from './yaml-data.ts'

export const OUTLINE_FILE = 'outline.yaml'

const TopicSchema = z
  .object({
    /** Topic id, kebab-case; chapters name it in their `topic:` front matter. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case topic id'),
    title: z.string().min(1),
    /** Owning teams; more than one for shared topics such as `[T-lang, T-types]`. */
    owner: z.array(z.string().min(1)).min(1),
    /** `open` where the spec team has not settled ownership (shown as unresolved on the site). */
    ownership: z.literal('open').optional(),
    /** The rule-ID prefix every ID of the chapter starts with. */
    prefix: z.string().regex(RULE_ID_PATTERN, 'expected a rule-ID prefix such as `expr`'),
    /** The chapter file, relative to the outline. */
    file: z.string().regex(/\.md$/, 'expected a markdown file path ending in `.md`'),
  })
  .strict()

const PartSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case part id'),
    title: z.string().min(1),
    /** Whether the whole part is informative (the interop guidance). */
    informative: z.boolean().default(false),
    topics: z.array(TopicSchema).min(1),
  })
  .strict()

export const OutlineSchema = z
  .object({
    title: z.string().min(1),
    version: z.string().min(1),
    settings: SettingsSchema.default(DEFAULT_SETTINGS),
    parts: z.array(PartSchema).min(1),
  })
  .strict()

export type Outline = z.output<typeof OutlineSchema>

/** Loads a root holding `outline.yaml`. */
export async function loadOutlineProject(root: string, display: (file: string) => string): Promise<Project> {
  const text = await readSource(path.join(root, OUTLINE_FILE), display(OUTLINE_FILE), root)
  const parsed = parseYaml(text, OutlineSchema, OUTLINE_FILE)
  if (!parsed.ok) {
    const first = parsed.problems[0]!
    throw new InputError(
      `${display(OUTLINE_FILE)}:${first.place.start.line}:${first.place.start.column}: ${first.message}`,
      first.place
    )
  }
  const outline = parsed.data
  const entries: ListingEntry[] = []
  for (const [partIndex, part] of outline.parts.entries()) {
    for (const [topicIndex, topic] of part.topics.entries()) {
      const file = path.posix.normalize(topic.file)
      const {exists, outside} = await locateListedFile(root, file)
      entries.push({
        chapterId: file.replace(/\.md$/, ''),
        file,
        exists,
        outside,
        title: topic.title,
        partId: part.id,
        topic: topic.id,
        prefix: topic.prefix,
        owners: topic.owner,
        ownershipOpen: topic.ownership === 'open',
        informative: part.informative,
        depth: 0,
        parentId: null,
        listedAt: parsed.locate(['parts', partIndex, 'topics', topicIndex]),
      })
    }
  }
  return {
    layout: 'specmark',
    specSyntax: true,
    smartPunctuation: true,
    language: 'en',
    root,
    contentRoot: root,
    listingFile: OUTLINE_FILE,
    title: outline.title,
    version: outline.version,
    edition: '2024',
    settings: outline.settings,
    settingsSource: {
      file: OUTLINE_FILE,
      lintPlaces: Object.fromEntries(Object.keys(outline.settings.lints).map((code) => [code, parsed.locate(['settings', 'lints', code])])),
    },
    parts: outline.parts.map((part) => ({id: part.id, title: part.title, informative: part.informative})),
    entries,
    markdownFiles: await listMarkdownFiles(root),
  }
}

export async function isRegularFile(absolute: string): Promise<boolean> {
  try {
    return (await fs.stat(absolute)).isFile()
  } catch {
    return false
  }
}
