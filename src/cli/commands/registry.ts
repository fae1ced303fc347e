/**
 * Commands besides `check`, each registered by its own module. To add a command: write
 * `commands/<name>.ts` exporting `register<Name>(program, setStatus)`, and list it here.
 */
import type {Command} from 'commander'
import {registerBuild} from './build.ts'
import {registerCitations} from './citations.ts'
import {registerConformance} from './conformance.ts'
import {registerDev} from './dev.ts'
import {registerDiff} from './diff.ts'
import {registerExport} from './export.ts'
import {registerIds} from './ids.ts'
import {registerRelease} from './release.ts'
import {registerTrace} from './trace.ts'
import {registerLsp} from './lsp.ts'

export type RegisterCommand = (program: Command, setStatus: (code: number) => void) => void

export const commandRegistry: RegisterCommand[] = [registerBuild, registerDev, registerIds, registerRelease, registerDiff, registerExport, registerTrace, registerCitations, registerConformance, registerLsp]
