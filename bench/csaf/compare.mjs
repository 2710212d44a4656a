// Compares per-file verdicts (valid/invalid) of the BSI library and of `fcps csaf validate --format json`, and,
// when a testcases.json is given, both against the verdict the OASIS test data records.
//
//   node compare.mjs LABEL BSI_VERDICTS.tsv FCPS.json [testcases.json]
import { readFile } from 'node:fs/promises'
import path from 'node:path'

const [, , label, bsiFile, fcpsFile, testcasesFile] = process.argv
const bsi = new Map(
  (await readFile(bsiFile, 'utf8')).split('\n').filter(Boolean).map((l) => l.split('\t')).map(([f, v]) => [f, v === 'valid'])
)
const fcps = new Map(JSON.parse(await readFile(fcpsFile, 'utf8')).files.map((f) => [f.file, f]))

const recorded = new Map()
if (testcasesFile) {
  const dir = path.dirname(testcasesFile)
  for (const test of JSON.parse(await readFile(testcasesFile, 'utf8')).tests) {
    for (const entry of [...(test.failures ?? []), ...(test.valid ?? [])]) recorded.set(path.join(dir, entry.name), entry.valid)
  }
}

const show = (v) => (v === undefined ? '-' : v ? 'valid' : 'invalid')
let agree = 0
const disagreements = []
const wrong = { bsi: 0, fcps: 0 }
for (const [file, bsiValid] of bsi) {
  const ours = fcps.get(file)
  if (!ours) throw new Error(`fcps has no verdict for ${file}`)
  const expected = recorded.get(file)
  if (expected !== undefined) {
    if (bsiValid !== expected) wrong.bsi++
    if (ours.valid !== expected) wrong.fcps++
  }
  if (bsiValid === ours.valid) {
    agree++
    continue
  }
  const errors = [...new Set(ours.findings.filter((f) => f.severity === 'error').map((f) => f.test))].join(',')
  disagreements.push(`  ${path.basename(file)}: BSI ${show(bsiValid)}, fcps ${show(ours.valid)}${errors ? ` (fcps errors: ${errors})` : ''}, recorded ${show(expected)}`)
}

console.log(`${label}: ${bsi.size} files, verdicts agree on ${agree}, differ on ${disagreements.length}`)
if (testcasesFile) console.log(`  against the recorded verdicts: BSI wrong on ${wrong.bsi}, fcps wrong on ${wrong.fcps}`)
for (const line of disagreements) console.log(line)
