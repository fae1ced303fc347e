/**
 * An mdBook's theme templates, `head.hbs` and `header.hbs` (`src/load/mdbook-theme.ts`), rendered for one
 * page as mdBook renders them into its own: Handlebars, given the data mdBook gives its page template
 * (`make_data` and `render_item` in mdbook-html's `hbs_renderer.rs`: `path_to_root`, `path`,
 * `chapter_title`, `book_title`, `previous`, …) and its helpers: `fa` (a Font Awesome icon as inline SVG),
 * `resource` (a file of the book, from the page), and the comparisons and logic that handlebars-rust has
 * built in and handlebars.js has not (`eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `and`, `or`, `not`, `len`).
 * A template is the book's own HTML, written into every page as it is (as mdBook writes it).
 *
 * To give templates something more of mdBook's: add it to `ThemePage` and to `templateData`.
 */
import Handlebars from 'handlebars'

/** What a page tells its templates about itself. */
export interface ThemePage {
  /** The page's path from the site's base (`expressions/if-expr.html`, `print/`, `` for the home page). */
  url: string
  /** The chapter's source path from the book's `src` (`expressions/if-expr.md`), or mdBook's name for the page. */
  path: string
  /** The page's `<title>`. */
  title: string
  /** The chapter's title (the page's title for a page that is not a chapter's). */
  chapterTitle: string
  /** The chapter's number in the table of contents (`3.2.`), when it has one. */
  section: string | null
  previous: {title: string; link: string} | null
  next: {title: string; link: string} | null
  isPrint: boolean
  isIndex: boolean
}

/** What every page tells its templates about the book. */
export interface ThemeBook {
  title: string
  description: string | null
  language: string
  textDirection: 'ltr' | 'rtl' | null
  mathjaxSupport: boolean
  searchEnabled: boolean
  /** The icons the templates draw, as inline SVG, by type and name as written (`templateIcons`). */
  icons: Record<string, Record<string, string>>
}

const handlebars = Handlebars.create()
/** A helper's own arguments (handlebars.js passes its options object last). */
const own = (args: unknown[]): unknown[] => args.slice(0, -1)
handlebars.registerHelper({
  eq: (...args: unknown[]) => own(args).every((value, _, all) => value === all[0]),
  ne: (a: unknown, b: unknown) => a !== b,
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
  and: (...args: unknown[]) => own(args).every(Boolean),
  or: (...args: unknown[]) => own(args).some(Boolean),
  not: (value: unknown) => !value,
  len: (value: unknown) => (Array.isArray(value) ? value.length : typeof value === 'string' ? [...value].length : value !== null && typeof value === 'object' ? Object.keys(value).length : 0),
  // mdBook names its own files with a hash of their content (`hash-files`); a book's are where they are.
  resource(...args: unknown[]) {
    const options = args.at(-1) as Handlebars.HelperOptions
    return `${(options.data as {root?: {path_to_root?: string}}).root?.path_to_root ?? ''}${String(own(args)[0] ?? '')}`
  },
  // The icons come drawn with the template (`ThemeBook.icons`); one that does not exist is drawn as
  // nothing (`check` says where a template names one).
  fa(...args: unknown[]) {
    const [type, name, id] = own(args)
    const options = args.at(-1) as Handlebars.HelperOptions
    const icons = (options.data as {icons?: ThemeBook['icons']}).icons ?? {}
    const ofType = Object.hasOwn(icons, String(type)) ? icons[String(type)]! : {}
    if (!Object.hasOwn(ofType, String(name))) return ''
    const svg = ofType[String(name)]!
    return new handlebars.SafeString(`<span class="fa-svg"${typeof id === 'string' ? ` id="${handlebars.escapeExpression(id)}"` : ''}>${svg}</span>`)
  },
})

const compiled = new Map<string, HandlebarsTemplateDelegate>()

/** `source`, a theme template, rendered for `page` of `book`. Throws what Handlebars throws for a template it cannot render. */
export function renderThemeTemplate(source: string, book: ThemeBook, page: ThemePage): string {
  let template = compiled.get(source)
  if (!template) compiled.set(source, (template = handlebars.compile(source)))
  return template(templateData(book, page), {data: {icons: book.icons}})
}

/** mdBook's data for a page's template, where specmark has it. */
function templateData(book: ThemeBook, page: ThemePage): Record<string, unknown> {
  return {
    language: book.language,
    text_direction: book.textDirection ?? 'ltr',
    book_title: book.title,
    description: book.description ?? '',
    default_theme: 'light',
    preferred_dark_theme: 'navy',
    mathjax_support: book.mathjaxSupport,
    search_enabled: book.searchEnabled,
    print_enable: true,
    path: page.path,
    path_to_root: pathToRoot(page.url),
    title: page.title,
    chapter_title: page.chapterTitle,
    ...(page.section === null ? {} : {section: page.section}),
    ...(page.previous ? {previous: page.previous} : {}),
    ...(page.next ? {next: page.next} : {}),
    ...(page.isPrint ? {is_print: true} : {}),
    ...(page.isIndex ? {is_index: true} : {}),
  }
}

/** From a page at `url` (from the site's base) to the base: `../` for each folder the page is in, as mdBook's `path_to_root`. */
export function pathToRoot(url: string): string {
  return '../'.repeat(url.split('/').length - 1)
}
