/**
 * An mdBook's `head.hbs` and `header.hbs`, rendered for the page being rendered (`src/render/mdbook-theme.ts`),
 * told about it what mdBook tells its own page of the same chapter.
 */
import {PRINT_PAGE} from '../../src/build/site-pages.ts'
import {renderThemeTemplate, type ThemePage} from '../../src/render/mdbook-theme.ts'
import {chapterById, listedTitle, neighbours, siteData} from './site-data.ts'

/** The book's templates for the page at `url` (its chapter's, if it is one; `title`: its `<title>`); empty strings for a book without them. */
export function bookThemeHtml(url: URL, title: string, currentChapter: string | undefined): {head: string; header: string} {
  const data = siteData()
  const theme = data.bookTheme
  if (theme === null) return {head: '', header: ''}
  const page = themePage(url.pathname.slice(data.base.length), title, currentChapter === undefined ? undefined : chapterById(currentChapter))
  return {
    head: theme.head === null ? '' : renderThemeTemplate(theme.head, theme.book, page),
    header: theme.header === null ? '' : renderThemeTemplate(theme.header, theme.book, page),
  }
}

function themePage(url: string, title: string, chapter: ReturnType<typeof chapterById>): ThemePage {
  const link = (found: ReturnType<typeof chapterById> | null) => (found ? {title: listedTitle(found), link: found.path} : null)
  const {previous, next} = chapter ? neighbours(chapter) : {previous: null, next: null}
  return {
    url,
    // mdBook's pages are its chapters, `index.md` and `print.md`; specmark's other pages are named by their URL.
    path: chapter?.file ?? `${url.replace(/\/$/, '').replace(/\.html$/, '') || 'index'}.md`,
    title,
    chapterTitle: chapter ? listedTitle(chapter) : title,
    section: chapter?.number ? `${chapter.number}.` : null,
    previous: link(previous),
    next: link(next),
    isPrint: url === PRINT_PAGE,
    isIndex: url === '',
  }
}
