/**
 * Reading an mdBook theme template (`head.hbs`, `header.hbs`: `src/load/mdbook-theme.ts`) as mdBook would
 * render it, with Handlebars: what is wrong with one (its syntax; a helper or partial mdBook would not
 * find; an icon that does not exist), for `check`; and the icons its `fa` helper draws, which the renderer
 * (`src/render/mdbook-theme.ts`) is given with the template.
 */
import Handlebars from 'handlebars'
import {iconData, type IconStyle} from './syntax/font-awesome.ts'

/** The helpers a template may call: mdBook's (`fa`, `resource`) and handlebars-rust's built-in ones. */
export const THEME_HELPERS = ['fa', 'resource', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'and', 'or', 'not', 'len'] as const

type Visitor = InstanceType<typeof Handlebars.Visitor>

const STYLES: Record<string, IconStyle> = {solid: 'solid', fas: 'solid', regular: 'regular', far: 'regular', brands: 'brands', fab: 'brands'}

/** The icon `{{fa type name}}` draws (mdBook's `fa` helper: a name may carry its style's prefix), or null for none. */
export function templateIcon(type: unknown, name: unknown): ReturnType<typeof iconData> {
  if (!Object.hasOwn(STYLES, String(type))) return null
  return iconData({style: STYLES[String(type)]!, name: String(name).replace(/^fa[bs]?-/, '')})
}

/** Where a template is wrong (a line and column from 1), and why. */
export interface TemplateProblem {
  reason: string
  line: number
  column: number
}

/**
 * A template read once: what is wrong with it (`themeTemplateProblem`), and the icons it draws
 * (`templateIcons`), for the renderer to be given with it.
 */
export function readThemeTemplate(source: string): {problem: TemplateProblem | null; icons: Record<string, Record<string, string>>} {
  const icons: Record<string, Record<string, string>> = {}
  let program: hbs.AST.Program
  try {
    program = Handlebars.parse(source)
  } catch (error) {
    return {problem: parseProblem(error as Error & {lineNumber?: number; column?: number}), icons}
  }
  const known = new Set<string>([...THEME_HELPERS, 'if', 'unless', 'each', 'with', 'lookup', 'log'])
  let problem: TemplateProblem | null = null
  const found = (reason: string, node: hbs.AST.Node): void => {
    problem ??= {reason, line: node.loc.start.line, column: node.loc.start.column + 1}
  }
  visitCalls(
    program,
    (name, node) => {
      // A name given arguments is a helper call (one without is a value, or nothing, as in mdBook).
      if ((node.params.length > 0 || node.hash !== undefined) && !known.has(name)) found(`\`${name}\` is not a helper mdBook has`, node)
      const arity = Object.hasOwn(ARGUMENTS, name) ? ARGUMENTS[name]! : null
      if (arity && (node.params.length < arity[0] || node.params.length > arity[1])) found(`\`${name}\` takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]} or ${arity[1]}`} argument${arity[1] === 1 ? '' : 's'}, not ${node.params.length}`, node)
      const icon = iconCalled(name, node)
      const data = icon && templateIcon(icon.type, icon.name)
      if (icon && data) (icons[icon.type] ??= {})[icon.name] = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${data.width} ${data.height}" aria-hidden="true">${data.body}</svg>`
      else if (icon) found(`no Font Awesome icon \`${icon.name}\` of type \`${icon.type}\` (the types are solid, regular and brands)`, node)
    },
    (node) => found('a partial: mdBook gives its head and header templates none to include', node)
  )
  return {problem, icons}
}

/**
 * Each icon a template draws (`{{fa "solid" "globe"}}`, its type and name written as strings), as inline
 * SVG by type and name as written: the renderer draws them from this, without Font Awesome's sets
 * (`src/render/mdbook-theme.ts`).
 */
export function templateIcons(source: string): Record<string, Record<string, string>> {
  return readThemeTemplate(source).icons
}

/**
 * What is wrong with a template, where Handlebars can say it, or null: its syntax, then a helper it calls
 * that is neither mdBook's nor Handlebars' own (or with too few or many arguments), a partial (mdBook's
 * head and header templates have none to include), an icon that does not exist.
 */
export function themeTemplateProblem(source: string): TemplateProblem | null {
  return readThemeTemplate(source).problem
}

/** How many arguments the helpers that count them take, at least and at most: Handlebars' own and mdBook's. */
const ARGUMENTS: Record<string, [number, number]> = {if: [1, 1], unless: [1, 1], with: [1, 1], each: [1, 1], lookup: [2, 2], fa: [2, 3], resource: [1, 1]}

type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression

/** The icon a call of `fa` names, its type and name written as strings; null for any other call. */
function iconCalled(name: string, node: Call): {type: string; name: string} | null {
  const [type, icon] = node.params
  if (name !== 'fa' || type?.type !== 'StringLiteral' || icon?.type !== 'StringLiteral') return null
  return {type: (type as hbs.AST.StringLiteral).value, name: (icon as hbs.AST.StringLiteral).value}
}

/** Calls `onCall` with each mustache, block and subexpression of `program` and its name, and `onPartial` with each partial. */
function visitCalls(program: hbs.AST.Program, onCall: (name: string, node: Call) => void, onPartial: (node: hbs.AST.Node) => void = () => {}): void {
  const visitor = new Handlebars.Visitor()
  // A call is named by a path (`fa`), or by a literal Handlebars takes as a helper's name (`{{"fa" …}}`).
  const call = (node: Call): void => {
    const path = node.path as hbs.AST.PathExpression | hbs.AST.Literal
    onCall(path.type === 'PathExpression' ? (path as hbs.AST.PathExpression).original : String((path as hbs.AST.StringLiteral).value), node)
  }
  Object.assign(visitor, {
    MustacheStatement(this: Visitor, node: hbs.AST.MustacheStatement) {
      call(node)
      Handlebars.Visitor.prototype.MustacheStatement.call(this, node)
    },
    BlockStatement(this: Visitor, node: hbs.AST.BlockStatement) {
      call(node)
      Handlebars.Visitor.prototype.BlockStatement.call(this, node)
    },
    SubExpression(this: Visitor, node: hbs.AST.SubExpression) {
      call(node)
      Handlebars.Visitor.prototype.SubExpression.call(this, node)
    },
    PartialStatement: onPartial,
    PartialBlockStatement: onPartial,
  })
  visitor.accept(program)
}

/**
 * Handlebars' parse error, with its place: its own (a block closed by another name), else where its
 * lexer stopped (the token it could not take), which its message shows only as a caret under a snippet.
 */
function parseProblem(error: Error & {lineNumber?: number; column?: number}): TemplateProblem {
  const lines = error.message.split('\n')
  if (error.lineNumber !== undefined) return {reason: lines[0]!.replace(/ - \d+:\d+$/, ''), line: error.lineNumber, column: (error.column ?? 0) + 1}
  const at = (Handlebars as unknown as {Parser?: {lexer?: {yylloc?: {first_line: number; first_column: number}}}}).Parser?.lexer?.yylloc
  return {reason: lines.at(-1) ?? error.message, line: at?.first_line ?? 1, column: (at?.first_column ?? 0) + 1}
}
