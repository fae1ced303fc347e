/** Options shared by the commands: the spec root and the output format. */
import {existsSync} from 'node:fs'
import {Option, type Command} from 'commander'

export const DEFAULT_ROOT = 'spec'

/**
 * The root when `--root` is not given: `spec/`, our layout's folder; or, in an mdBook's folder (a
 * `book.toml` here and no `spec/`), that book, so that `specmark build` works where `mdbook build` did.
 */
function defaultRoot(): string {
  return !existsSync(DEFAULT_ROOT) && existsSync('book.toml') ? '.' : DEFAULT_ROOT
}

export function addRootOption(command: Command): Command {
  return command.addOption(new Option('--root <dir>', 'spec root: a folder with outline.yaml, or an mdBook with book.toml').default(defaultRoot(), "spec, or . in an mdBook's folder"))
}

export function addFormatOption(command: Command, formats: string[] = ['text', 'json']): Command {
  return command.addOption(new Option('--format <format>', 'output format').choices(formats).default(formats[0]))
}
