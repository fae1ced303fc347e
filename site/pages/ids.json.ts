/**
 * `/ids.json`: every rule ID with its chapter, section, the start of its text and its short content hash,
 * for the search dialog's lookup of IDs, hashes and citations (`site/scripts/search.ts`), and for the
 * "did you mean" of the not-found page. Chapters are listed once and referred to by position.
 */
import {siteData} from '../lib/site-data.ts'
import {shortHash} from '../../src/render/rule-margin.ts'

/** Excerpts stay short here: the list is fetched whole the first time search opens. */
const EXCERPT = 100

function shorten(text: string): string {
  if (text.length <= EXCERPT) return text
  const space = text.lastIndexOf(' ', EXCERPT)
  return `${text.slice(0, space > EXCERPT / 2 ? space : EXCERPT)}…`
}

export function GET(): Response {
  const data = siteData()
  const partTitles = new Map(data.parts.map((part) => [part.id, part.title]))
  const chapterPosition = new Map(data.chapters.map((chapter, position) => [chapter.id, position]))
  const body = {
    chapters: data.chapters.map((chapter) => [chapter.title, chapter.path, partTitles.get(chapter.partId) ?? '', chapter.owners]),
    rules: data.rules.map((rule) => [rule.id, chapterPosition.get(rule.chapter) ?? 0, rule.section, shorten(rule.excerpt), shortHash(rule.hash)]),
    aliases: data.aliases.map((alias) => [alias.id, alias.status === 'renamed' ? alias.to : null]),
  }
  return new Response(JSON.stringify(body), {headers: {'Content-Type': 'application/json'}})
}
