/**
 * The pathological inputs of the adversarial probe (issue 20), one chapter body each. The regression
 * suite (test/fuzz/findings.test.ts) checks that each is reported as `input-too-complex`; the benchmark
 * (bench/pathological.ts) measures what each costs against the budget.
 */
export const PATHOLOGICAL: Record<string, () => string> = {
  'list markers ×1000 on one line': () => `${'- '.repeat(1000)}x\n`,
  'blockquoted list ×1000 on one line': () => `${'> - '.repeat(1000)}x\n`,
  'blockquoted list ×3000 on one line': () => `${'> - '.repeat(3000)}x\n`,
  '`*a` ×50,000': () => `${'*a'.repeat(50_000)}\n`,
  '`**_` ×10k `x` `_**` ×10k': () => `${'**_'.repeat(10_000)}x${'_**'.repeat(10_000)}\n`,
  '5,000 footnotes': () => Array.from({length: 5000}, (_, i) => `Text[^n${i}].\n\n[^n${i}]: Note ${i}.`).join('\n\n') + '\n',
  '40,000 include lines': () => '```rust\n' + Array.from({length: 40_000}, (_, i) => `{{#include x${i}.rs}}`).join('\n') + '\n```\n',
  '270,000 link definitions': () => Array.from({length: 270_000}, (_, i) => `[d${i}]: /${i}`).join('\n') + '\n',
}

/** What the issue measured before the limits (time to check, or to build where it says so). */
export const BEFORE: Record<string, string> = {
  'list markers ×1000 on one line': 'check passed, build crashed (stack trace, exit 70)',
  'blockquoted list ×1000 on one line': 'check passed, build crashed (stack trace, exit 70)',
  'blockquoted list ×3000 on one line': 'check crashed: RangeError, maximum call stack size exceeded',
  '`*a` ×50,000': '202 s to check',
  '`**_` ×10k `x` `_**` ×10k': '17 s to check',
  '5,000 footnotes': '11 s to check',
  '40,000 include lines': '15.7 s to check',
  '270,000 link definitions': '63 s and 4.7 GB to build',
}
