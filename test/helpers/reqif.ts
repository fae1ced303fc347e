/** Validates ReqIF XML against the OMG schema in ../shared/schemas/reqif, offline, with xmllint-wasm. */
import fs from 'node:fs'
import path from 'node:path'
import {validateXML} from 'xmllint-wasm'
import {SHARED} from './shared.ts'

export const REQIF_SCHEMA_DIR = path.join(SHARED, 'schemas/reqif')

export async function validateReqif(xml: string): Promise<{valid: boolean; errors: string[]}> {
  const files = fs.readdirSync(REQIF_SCHEMA_DIR, {recursive: true}).map(String).filter((file) => file.endsWith('.xsd') && file !== 'reqif.xsd')
  const read = (file: string): string => fs.readFileSync(path.join(REQIF_SCHEMA_DIR, file), 'utf8')
  const result = await validateXML({
    xml: [{fileName: 'export.reqif', contents: xml}],
    schema: [{fileName: 'reqif.xsd', contents: read('reqif.xsd')}],
    preload: files.map((file) => ({fileName: file, contents: read(file)})),
    initialMemoryPages: 4096,
    maxMemoryPages: 65536,
  })
  return {valid: result.valid, errors: result.errors.map((error) => error.message)}
}
