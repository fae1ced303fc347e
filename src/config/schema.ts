/**
 * The one configuration schema of a specmark project, for both layouts: the `settings:` map of
 * `outline.yaml`, and the top-level `[specmark]` table of an mdBook's `book.toml` (mdBook ignores tables
 * it does not know). Both are validated by this zod schema, so they accept the same keys with the same
 * meaning; `docs/configuration.md` documents every key (a test keeps it in step with this file).
 *
 * To add an option: add a field here with a doc comment (meaning, default, range), give it a
 * `.default()`, document it in `docs/configuration.md`, and read it from `project.settings` where needed.
 */
import {z} from 'zod'

/** The level a lint reports at; `off` silences it. */
export const LintLevelSchema = z.enum(['error', 'warning', 'off'])
export type LintLevel = z.output<typeof LintLevelSchema>

/** How chapter pages are addressed on the built site. */
export const UrlSchemeSchema = z.enum(['directories', 'html'])
export type UrlScheme = z.output<typeof UrlSchemeSchema>

export const SettingsSchema = z
  .object({
    /**
     * Interop data cells whose `as_of` is older than this many days are reported as stale.
     * Default 730; a positive whole number.
     */
    dataMaxAgeDays: z.number().int().positive().default(730),
    /**
     * The level of each lint, by its code: `error`, `warning` or `off`, e.g.
     * `{unresolved-internal-link: warning}` while fixing stale anchors. Lints not named keep their
     * default level. Input limits and diagnostics about the spec's rule IDs cannot be demoted.
     * Default: none.
     */
    lints: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a lint code such as `unresolved-internal-link`'), LintLevelSchema).default({}),
    /**
     * How chapter pages are addressed: `html` publishes `chapter.html` (mdBook's URLs, so that every
     * link to a published book keeps working), `directories` publishes `chapter/`. Default: `html` for an
     * mdBook, `directories` for the outline layout. Permanent rule URLs `/id/<ID>/` are the same in both.
     */
    urls: UrlSchemeSchema.optional(),
    /**
     * The Rust release the specification describes, such as `1.85`. A rule label may carry a later
     * release as `r[id] since=1.95` for behaviour stabilized after it. Default: none.
     */
    rustBaseline: z.string().regex(/^1\.\d+$/, 'expected a Rust release such as `1.85`').optional(),
    /**
     * The rustc version the conformance suite is checked with, such as `1.95.0`; `specmark conformance`
     * warns when the local rustc differs. Default: none.
     */
    rustc: z.string().regex(/^1\.\d+\.\d+$/, 'expected a rustc version such as `1.95.0`').optional(),
    /**
     * ID lists of other documents our rule IDs must not repeat (`external-id-collision`): files with one
     * ID a line, or folders of specifications whose `r[id]` labels are read, relative to the spec root.
     * Default: none.
     */
    externalIds: z.array(z.string().min(1)).optional(),
    /**
     * Test folders whose citations (`//@ reference: ID`) the language server's code lens counts above
     * every rule label, relative to the spec root. Default: none.
     */
    tests: z.array(z.string().min(1)).optional(),
    /**
     * Links in the footer of every page of the site, each `{text, url}` (the project's repository, its
     * issue tracker…). Default: none (an mdBook's `output.html.git-repository-url` is an icon in the top bar, as mdBook draws it).
     */
    footerLinks: z.array(z.object({text: z.string().min(1), url: z.string().min(1)}).strict()).default([]),
    /**
     * Whether the site publishes specmark's authoring guide at `/authoring-guide/` and links it from the
     * home page: useful to the writers of a specification in specmark's dialect, not to readers of
     * another book. Default: true for the outline layout, false for an mdBook.
     */
    authoringGuide: z.boolean().optional(),
    /**
     * Whether chapters are numbered (`3.2`) in the navigation, the outline and their titles. Default: an
     * mdBook's (on unless `output.html.no-section-label`), else false.
     */
    chapterNumbers: z.boolean().default(false),
    /**
     * The URL where a chapter's source is edited, with `{path}` standing for its file relative to the
     * book's root (`https://github.com/org/spec/edit/main/{path}`); every chapter links to it. Default: an
     * mdBook's `output.html.edit-url-template`, else none.
     */
    editUrlTemplate: z.string().regex(/\{path\}/, 'expected a URL with `{path}` where the file goes').optional(),
    /**
     * The folder `{{#include}}` directives may read from, relative to the spec root: the root itself
     * (`.`), or a folder above it that holds it (`..`, `../..`), for a book kept inside a repository whose
     * code it includes (wasm-bindgen's guide includes `../../../examples/…`). Nothing outside it is read,
     * through links neither. Default: the root (the folder with `book.toml`, or `outline.yaml`).
     */
    includeRoot: z.string().regex(/^\.\.?(?:\/\.\.)*\/?$/, 'expected `.` or a folder above the root that holds it, such as `..` or `../..`').optional(),
  })
  .strict()

export type Settings = z.output<typeof SettingsSchema>

/** The settings of a project that configures nothing. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({})
