/**
 * Core: the HTML anchor of a rule ID's paragraph, `r-expr.if.intro`, as mdbook-spec writes it. Every
 * page, link, export and resolver that points at a paragraph takes its anchor from here.
 */
export function anchorFor(ruleId: string): string {
  return `r-${ruleId}`
}
