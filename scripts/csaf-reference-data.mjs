#!/usr/bin/env node
// Regenerates the reference data that CSAF mandatory tests 6.1.11 (CWE) and 6.1.12 (language) check against,
// from npm packages unpacked at development time. fcps never fetches this data at run time.
//
//   cd /tmp && npm pack @secvisogram/csaf-validator-lib@2.0.10 language-subtag-registry@0.4.2
//   mkdir -p csaf-lib subtags && tar xzf secvisogram-csaf-validator-lib-2.0.10.tgz -C csaf-lib \
//     && tar xzf language-subtag-registry-0.4.2.tgz -C subtags
//   node scripts/csaf-reference-data.mjs /tmp/csaf-lib/package /tmp/subtags/package 4.17
//
// Then update the versions in src/FactoryCps/Advisories/Data/README.md.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

const [, , libDir, subtagDir, cweVersion] = process.argv
if (!libDir || !subtagDir || !cweVersion) {
  console.error('usage: csaf-reference-data.mjs CSAF_VALIDATOR_LIB_DIR LANGUAGE_SUBTAG_REGISTRY_DIR CWE_VERSION')
  process.exit(2)
}

const out = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'FactoryCps', 'Advisories', 'Data')
const clean = (s) => {
  if (/[\t\r\n]/.test(s)) throw new Error(`unexpected tab or line break in ${JSON.stringify(s)}`)
  return s
}

// CWE: MITRE's catalogue as the BSI validator ships it (one module per CWE version), reduced to id and name.
const cwe = (await import(path.resolve(libDir, 'lib', 'cwec', `${cweVersion}.js`))).default
const weaknesses = [...cwe.weaknesses].sort((a, b) => Number(a.id.slice(4)) - Number(b.id.slice(4)))
await writeFile(
  path.join(out, 'cwe.tsv'),
  `# CWE ${cweVersion} (${cwe.date}), ${weaknesses.length} weaknesses: id<TAB>name\n` +
    weaknesses.map((w) => `${clean(w.id)}\t${clean(w.name)}\n`).join('')
)

// IANA Language Subtag Registry: the records a validity check needs (RFC 5646 section 2.2.9). "redundant"
// records are left out: each is a tag made of subtags that are registered on their own.
const registry = JSON.parse(await readFile(path.join(subtagDir, 'data', 'json', 'registry.json'), 'utf8'))
const meta = JSON.parse(await readFile(path.join(subtagDir, 'data', 'json', 'meta.json'), 'utf8'))
const kept = registry.filter((r) => r.Type !== 'redundant')
const line = (r) => {
  const subtag = clean(r.Subtag ?? r.Tag)
  // Only extended language subtags must have their prefix (RFC 5646 §2.2.2); a variant's prefix is a SHOULD.
  const prefixes = r.Type === 'extlang' ? r.Prefix.map(clean).join(' ') : ''
  return prefixes ? `${r.Type}\t${subtag}\t${prefixes}\n` : `${r.Type}\t${subtag}\n`
}
await writeFile(
  path.join(out, 'language-subtags.tsv'),
  `# IANA Language Subtag Registry, File-Date ${meta['File-Date']}, ${kept.length} records: type<TAB>subtag or tag[<TAB>prefixes]\n` +
    kept.map(line).join('')
)
console.log(`CWE ${cweVersion}: ${weaknesses.length}; subtags ${meta['File-Date']}: ${kept.length}`)
