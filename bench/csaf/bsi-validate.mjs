// Validates CSAF files with the BSI reference library (@secvisogram/csaf-validator-lib): the CSAF 2.0 JSON schema
// (non-strict, as fcps uses) plus every mandatory test the library exports (6.1.x, including 6.1.8).
//
//   node bsi-validate.mjs FILE_LIST [VERDICTS_OUT]
//
// FILE_LIST has one path per line. Prints a JSON summary with the in-process time (files read, parsed and validated;
// process start and module loading excluded). VERDICTS_OUT, if given, receives "path<TAB>valid|invalid" per file.
import { readFile, writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import validate from '@secvisogram/csaf-validator-lib/validate.js'
import { csaf_2_0 } from '@secvisogram/csaf-validator-lib/schemaTests.js'
import * as mandatory from '@secvisogram/csaf-validator-lib/mandatoryTests.js'

const [, , listFile, verdictsOut] = process.argv
const files = (await readFile(listFile, 'utf8')).split('\n').filter((l) => l.length > 0)
const tests = [csaf_2_0, ...Object.values(mandatory)]

const start = performance.now()
let valid = 0
const verdicts = []
for (const file of files) {
  const document = JSON.parse(await readFile(file, 'utf8'))
  const result = await validate(tests, document)
  if (result.isValid) valid++
  verdicts.push(`${file}\t${result.isValid ? 'valid' : 'invalid'}`)
}
const seconds = (performance.now() - start) / 1000

if (verdictsOut) {
  await writeFile(verdictsOut, verdicts.join('\n') + '\n')
}
console.log(
  JSON.stringify({
    validator: 'csaf-validator-lib 2.0.10',
    tests: tests.length,
    files: files.length,
    valid,
    invalid: files.length - valid,
    inProcessSeconds: Number(seconds.toFixed(3)),
    inProcessFilesPerSecond: Number((files.length / seconds).toFixed(1)),
  })
)
