/**
 * Commands besides `check`, each registered by its own module. To add a command: write
 * `commands/<name>.ts` exporting `register<Name>(program, setStatus)`, and list it here.
 */
import type {Command} from 'commander'

export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void

export const commandRegistry: RegisterCommand[] = []
