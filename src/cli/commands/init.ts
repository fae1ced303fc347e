/**
 * `specmark init [dir]`: scaffolds a new specification that `check` and `build` accept as it is: the
 * outline, one chapter, the (empty) ID registry in `dir` (default `spec/`), and beside it, in the working
 * directory, a `.gitignore` and a CI example. Existing files are never overwritten: they are listed and
 * kept, so running it in a repository that has some of them adds only what is missing.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type {Command} from 'commander'
import {InputError} from '../../diagnostics/diagnostic.ts'
import {REGISTRY_FILE, serializeRegistry} from '../../registry/registry-file.ts'
import {DEFAULT_ROOT} from '../options.ts'

interface InitOptions {
  title: string
  prefix: string
}

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('scaffold a new specification: outline, a chapter, registry, .gitignore and a CI example')
    .argument('[dir]', 'the spec root to create', DEFAULT_ROOT)
    .option('--title <title>', 'the specification\'s title', 'My Specification')
    .option('--prefix <prefix>', 'rule-ID prefix of the first chapter', 'intro')
    .action(async (dir: string, options: InitOptions) => {
      if (!/^[a-z][a-z0-9_-]*$/.test(options.prefix)) throw new InputError(`--prefix: \`${options.prefix}\` is not a rule-ID component (a-z, 0-9, _ and -, starting with a letter)`)
      const root = path.resolve(dir)
      const files = scaffold(path.relative(process.cwd(), root).split(path.sep).join('/') || '.', options)
      const created: string[] = []
      const kept: string[] = []
      for (const [file, text] of files) {
        const target = path.resolve(file)
        await fs.mkdir(path.dirname(target), {recursive: true})
        try {
          await fs.writeFile(target, text, {flag: 'wx'})
          created.push(file)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
          kept.push(file)
        }
      }
      for (const file of created) process.stdout.write(`created ${file}\n`)
      for (const file of kept) process.stdout.write(`kept    ${file} (already there)\n`)
      const rootFlag = path.resolve(dir) === path.resolve(DEFAULT_ROOT) ? '' : ` --root ${dir}`
      process.stdout.write(`\nNext: npx specmark check${rootFlag}   then   npx specmark build${rootFlag}\n`)
    })
}

/** The files to write, by path relative to the working directory. */
export function scaffold(root: string, options: InitOptions): Map<string, string> {
  const inRoot = (file: string): string => (root === '.' ? file : `${root}/${file}`)
  const rootFlag = root === DEFAULT_ROOT ? '' : ` --root ${root}`
  const {prefix} = options
  return new Map([
    [
      inRoot('outline.yaml'),
      `# The outline of the specification: parts, their topics, the owning team of each topic, its chapter file
# (relative to this folder) and the rule-ID prefix the chapter's IDs start with.
title: ${JSON.stringify(options.title)}
version: 0.1.0-draft
parts:
  - id: main
    title: Main part
    topics:
      - {id: introduction, title: Introduction, owner: [spec team], prefix: ${prefix}, file: introduction.md}
`,
    ],
    [
      inRoot('introduction.md'),
      `---
topic: introduction
owner: [spec team]
status: draft
---

# Introduction

r[${prefix}.intro]
This specification describes a language. Every normative paragraph carries a rule ID on the line above it,
so that it can be cited: this one is [${prefix}.intro].

r[${prefix}.scope]
## Scope

r[${prefix}.scope.covered]
A new normative paragraph needs a label; \`specmark ids assign\` adds the missing ones.

> [!NOTE]
> Informative remarks go into admonitions, which need no label.
`,
    ],
    [inRoot(REGISTRY_FILE), serializeRegistry({entries: new Map()})],
    // `.specmark-cache/`: parsed and rendered chapters (`src/cache/cache.ts`), rebuilt when missing.
    ['.gitignore', 'node_modules/\ndist/\n.specmark-cache/\n'],
    [
      '.github/workflows/spec.yml',
      `# Checks the specification on every push and pull request, and builds its site (see specmark's README).
name: spec
on: [push, pull_request]
jobs:
  spec:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 22}
      - run: npm ci
      - run: npx specmark check${rootFlag} --deny-warnings
      - run: npx specmark build${rootFlag} --out dist
      - uses: actions/upload-artifact@v4
        with: {name: site, path: dist}
`,
    ],
  ])
}
