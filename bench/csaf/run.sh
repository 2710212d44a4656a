#!/usr/bin/env bash
# Speed and verdicts of `fcps csaf validate` side by side with the BSI reference library
# (@secvisogram/csaf-validator-lib, pinned in package-lock.json). See docs/performance.md.
#
#   bench/csaf/run.sh [ROUNDS]      (default 3)
#
# Throughput: all CISA ICS advisories in shared/data/cisa-csaf-ics, each side run as a whole process per round
# (process start, module loading / JIT, reading, parsing, validating, writing the result: included for both).
# Same tests on both sides: the CSAF schema and the mandatory tests (fcps --preset basic, which also writes its
# JSON report). fcps is timed on one core (DOTNET_PROCESSOR_COUNT=1, like single-threaded node) and on all
# cores (as shipped: files in parallel); for reference also with all of its tests (--preset full, one core).
# Medians of the rounds are printed.
# Verdicts: valid/invalid per file from both, on the OASIS test files (with the recorded verdicts) and on CISA.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="$(realpath "${FCPS_SHARED:-$root/../shared}")/data"
rounds="${1:-3}"
out="$here/results"
mkdir -p "$out"

[ -d "$here/node_modules/@secvisogram/csaf-validator-lib" ] || (cd "$here" && npm ci --no-audit --no-fund >/dev/null)
"$root/fcps" --version >/dev/null # builds the CLI if needed, outside the timing

find "$data/cisa-csaf-ics/csaf_files/OT/white" -name '*.json' -path '*/white/20*' | sort >"$out/cisa.txt"
testcases="$data/oasis-csaf/csaf_2.0/test/validator/data/testcases.json"
node -e '
  const t = require(process.argv[1]); const dir = require("path").dirname(process.argv[1])
  const names = new Set(t.tests.flatMap((x) => [...(x.failures ?? []), ...(x.valid ?? [])]).map((e) => dir + "/" + e.name))
  console.log([...names].sort().join("\n"))' "$testcases" >"$out/oasis.txt"

# One timed run: "wall_seconds cpu_seconds max_rss_kb" into $out/$1.time; output to $out/$1.out.
timed() {
  local name="$1"
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$out/$name.raw" "$@" >"$out/$name.out" || [ $? -eq 2 ] # fcps exits 2 when a file is invalid
  # GNU time puts "Command exited with non-zero status 2" before the figures: read only the last line.
  tail -1 "$out/$name.raw" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >"$out/$name.time"
}

# All files in one invocation, as a user would (2,035 paths stay far below the argument size limit).
fcps_validate() {
  local files
  mapfile -t files <"$1"
  "$root/fcps" csaf validate --format json --preset "${2:-basic}" --lang en "${files[@]}"
}
export -f fcps_validate
export root

files=$(wc -l <"$out/cisa.txt")
echo "Throughput: $files CISA advisories, $rounds rounds, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed warm-bsi node "$here/bsi-validate.mjs" "$out/cisa.txt"
timed warm-fcps bash -c 'fcps_validate "$0"' "$out/cisa.txt"
for round in $(seq 1 "$rounds"); do
  timed "bsi-$round" node "$here/bsi-validate.mjs" "$out/cisa.txt" "$out/bsi-cisa-verdicts.tsv"
  timed "fcps1-$round" env DOTNET_PROCESSOR_COUNT=1 bash -c 'fcps_validate "$0"' "$out/cisa.txt"
  timed "fcps-$round" bash -c 'fcps_validate "$0"' "$out/cisa.txt"
  timed "full1-$round" env DOTNET_PROCESSOR_COUNT=1 bash -c 'fcps_validate "$0" full' "$out/cisa.txt"
done

calc() { awk "BEGIN { printf \"%.4f\", $1 }"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
report() {
  local label="$1" prefix="$2"
  local wall cpu rss
  wall=$(cat "$out/$prefix"-*.time | cut -d' ' -f1 | median)
  cpu=$(cat "$out/$prefix"-*.time | cut -d' ' -f2 | median)
  rss=$(cat "$out/$prefix"-*.time | cut -d' ' -f3 | median)
  printf '  %-44s %7.2f s wall %8.1f files/s   %7.2f s CPU %8.1f files/CPU-s   max RSS %4d MB\n' \
    "$label" "$wall" "$(calc "$files / $wall")" "$cpu" "$(calc "$files / $cpu")" $((rss / 1024))
  echo "$wall $cpu" >"$out/$prefix.median"
}
report "BSI csaf-validator-lib 2.0.10 (node $(node --version))" bsi
report "fcps csaf validate, 1 core" fcps1
report "fcps csaf validate, $(nproc) cores" fcps
report "fcps csaf validate --preset full, 1 core" full1
read -r bsi_wall bsi_cpu <"$out/bsi.median"
read -r one_wall one_cpu <"$out/fcps1.median"
read -r all_wall _ <"$out/fcps.median"
printf '  ratio fcps/BSI, files/s: 1 core %.1fx, %s cores %.1fx; per CPU-second %.1fx\n' \
  "$(calc "$bsi_wall / $one_wall")" "$(nproc)" "$(calc "$bsi_wall / $all_wall")" "$(calc "$bsi_cpu / $one_cpu")"
echo "  BSI in-process (module loading and node start excluded): $(tail -1 "$out/bsi-$rounds.out")"

echo
echo "Verdicts (valid/invalid per file):"
node "$here/bsi-validate.mjs" "$out/oasis.txt" "$out/bsi-oasis-verdicts.tsv" >/dev/null
fcps_validate "$out/oasis.txt" full >"$out/fcps-oasis.json" || [ $? -eq 2 ]
node "$here/compare.mjs" "OASIS test files" "$out/bsi-oasis-verdicts.tsv" "$out/fcps-oasis.json" "$testcases"
node "$here/compare.mjs" "CISA advisories" "$out/bsi-cisa-verdicts.tsv" "$out/fcps-$rounds.out" >"$out/cisa-verdicts.txt"
head -8 "$out/cisa-verdicts.txt"
echo "  (full lists: bench/csaf/results/)"
