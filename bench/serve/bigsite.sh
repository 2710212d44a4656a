# bench/serve/bigsite.sh: part 3 of run.sh (sourced by it, with its server running and signed in): the synthetic
# scale-1 plant as a site. Imported through the pages users use, then its four heavy pages under wrk, then one object
# edit including re-analysis. Fills big_summary with one line per figure.
big_summary=()
# The server's CPU time so far, in ms: on a machine shared with other work, wall time says more about the others.
server_cpu_ms() { awk -v t="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$server_pid/stat"; }
big_site=synthetic
big_model="$work/syn1.yaml"

echo "== big site: the synthetic scale-1 plant (fcps synthetic --scale 1)"
./fcps synthetic --scale 1 --out "$big_model" >/dev/null
echo "model: $(wc -c <"$big_model") bytes"

# form_token URL: the anti-forgery token of the page's first form (the jar carries its cookie).
# (sed reads to the end, so no stage of the pipe dies of SIGPIPE under pipefail; no token gives an empty string.)
form_token() {
  curl -s -b "$jar" -c "$jar" "$1" | tr '>' '\n' | sed -n 's/.*name="__RequestVerificationToken".*value="\([^"]*\)".*/\1/p' | sed -n 1p
}

token="$(form_token "$base/")"
[ -n "$token" ] || fail "no form on / (is the bench user an administrator?)" "$log"
code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "Id=$big_site" \
  --data-urlencode "Name=Synthetic plant" --data-urlencode "__RequestVerificationToken=$token" "$base/")"
[ "$code" = 302 ] || fail "creating the site $big_site on / answered $code, not 302" "$log"

token="$(form_token "$base/sites/$big_site/model")"
[ -n "$token" ] || fail "no import form on /sites/$big_site/model" "$log"
load_import="$(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(now_ms)
c0=$(server_cpu_ms)
code="$(curl -s -o "$work/import.html" -w '%{http_code}' -b "$jar" -c "$jar" -F "__RequestVerificationToken=$token" \
  -F "file=@$big_model;filename=syn1.yaml" "$base/sites/$big_site/model")"
import_ms=$(( $(now_ms) - t0 ))
import_cpu=$(( $(server_cpu_ms) - c0 ))
[ "$code" = 200 ] && grep -q 'id="import-ok"' "$work/import.html" || fail "the import answered $code without import-ok" "$log"
echo "import through /sites/$big_site/model: $import_ms ms, server CPU $import_cpu ms (load average $load_import)"
big_summary+=("big site import (POST /sites/$big_site/model, 10,000 assets): $import_ms ms, server CPU $import_cpu ms (target <= 4000: $(verdict "$import_ms" 4000)); load average $load_import")

t0=$(now_ms)
c0=$(server_cpu_ms)
code="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/sites/$big_site")"
first_ms=$(( $(now_ms) - t0 ))
first_cpu=$(( $(server_cpu_ms) - c0 ))
[ "$code" = 200 ] || fail "the big site's dashboard answered $code" "$log"
echo "first dashboard after the import (the analysis): $first_ms ms, server CPU $first_cpu ms"
big_summary+=("big site first dashboard after the import: $first_ms ms, server CPU $first_cpu ms")

for path in "" "/step2/$big_zone" "/plan" "/provenance"; do
  url="$base/sites/$big_site$path"
  code="$(curl -s -o "$work/page.html" -w '%{http_code}' -H "Cookie: $cookie" "$url")"
  [ "$code" = 200 ] || fail "GET $url answered $code" "$log"
  bytes="$(wc -c <"$work/page.html")"
  name="${path:-/ (dashboard)}"
  echo "== big site $name: $bytes bytes; wrk -t$threads -c$big_connections -d$big_warmup (warm-up), then -d$big_duration"
  wrk -t"$threads" -c"$big_connections" -d"$big_warmup" --timeout 10s -s "$here/non200.lua" -H "Cookie: $cookie" "$url" >/dev/null
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  c0=$(server_cpu_ms)
  out="$work/wrk-big-${path//\//_}.txt"
  wrk -t"$threads" -c"$big_connections" -d"$big_duration" --timeout 10s --latency -s "$here/non200.lua" \
    -H "Cookie: $cookie" "$url" | tee "$out" | grep -E '^(requests|non-200|socket|Requests/sec)'
  load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
  cpu=$(( $(server_cpu_ms) - c0 ))
  p99="$(sed -n 's/^requests: .*p99 \([0-9.]*\) ms.*/\1/p' "$out")"
  errors=$(( $(sed -n 's/^non-200: \([0-9]*\).*/\1/p' "$out") + $(sed -n 's/^socket errors: \([0-9]*\).*/\1/p' "$out") ))
  rps="$(sed -n 's/^Requests\/sec: *//p' "$out")"
  requests="$(sed -n 's/^requests: \([0-9]*\);.*/\1/p' "$out")"
  per_request="$(awk -v c="$cpu" -v n="$requests" 'BEGIN { printf "%.1f", n ? c / n : 0 }')"
  big_summary+=("big site $name, $bytes bytes, wrk -c$big_connections -d$big_duration: $rps req/s, p99 $p99 ms (target <= 100: $(verdict "$p99" 100)), errors $errors, server CPU $per_request ms per request; load average $load_before / $load_after")
done

# One countermeasure status saved on the zone page as a browser does (POST, then the redirect's GET, which analyses
# the new revision), alternating between two statuses so that every run changes the model.
zone_url="$base/sites/$big_site/step2/$big_zone"
page="$(curl -s -b "$jar" -c "$jar" "$zone_url")"
cm="$(printf '%s' "$page" | tr '>' '\n' | sed -n 's/.*<tr id="cm-\([^"]*\)".*/\1/p' | sed -n 1p)"
[ -n "$cm" ] || fail "no countermeasure row on $zone_url" "$log"
edits=()
edit_cpu=()
load_edit="$(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$edit_runs"); do
  page="$(curl -s -b "$jar" -c "$jar" "$zone_url")"
  row="$(printf '%s' "$page" | tr '\n' ' ' | sed "s/.*<tr id=\"cm-$cm\"[^>]*>//; s/<\/tr>.*//")"
  # The zone page's one form (handler Statuses): each row posts its version and the values it was shown with, and
  # only a changed row is written; this posts the first row alone, as rows[0].
  token="$(printf '%s' "$page" | tr '>' '\n' | sed -n 's/.*name="__RequestVerificationToken".*value="\([^"]*\)".*/\1/p' | sed -n 1p)"
  field() { printf '%s' "$row" | tr '>' '\n' | sed -n "s/.*name=\"rows\[0\]\.$1\".*value=\"\([^\"]*\)\".*/\1/p" | sed -n 1p; }
  version="$(field Version)"; shown_status="$(field ShownStatus)"; shown_owner="$(field ShownOwner)"; shown_due="$(field ShownDue)"
  status=implemented
  [ "$shown_status" = implemented ] && status=partial
  t0=$(now_ms)
  c0=$(server_cpu_ms)
  code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "rows[0].Countermeasure=$cm" \
    --data-urlencode "rows[0].Version=$version" --data-urlencode "rows[0].ShownStatus=$shown_status" \
    --data-urlencode "rows[0].ShownOwner=$shown_owner" --data-urlencode "rows[0].ShownDue=$shown_due" \
    --data-urlencode "rows[0].Status=$status" --data-urlencode "rows[0].Owner=sec-dept" --data-urlencode "rows[0].Due=" \
    --data-urlencode "__RequestVerificationToken=$token" "$zone_url?handler=Statuses")"
  [ "$code" = 302 ] || fail "saving $cm on $zone_url answered $code, not 302" "$log"
  post_ms=$(( $(now_ms) - t0 ))
  code="$(curl -s -o "$work/zone.html" -w '%{http_code}' -H "Cookie: $cookie" "$zone_url")"
  [ "$code" = 200 ] || fail "the zone page after the edit answered $code" "$log"
  edits+=($(( $(now_ms) - t0 )))
  edit_cpu+=($(( $(server_cpu_ms) - c0 )))
  echo "  edit $i ($cm -> $status): save $post_ms ms, with the zone page re-analysed ${edits[-1]} ms; server CPU ${edit_cpu[-1]} ms"
done
big_summary+=("big site object edit including re-analysis (zone page POST + GET, $edit_runs runs): $(stats "${edits[@]}") (target <= 500 ms, median: $(verdict "$(median "${edits[@]}")" 500)); server CPU $(stats "${edit_cpu[@]}"); load average $load_edit")
