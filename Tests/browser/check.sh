#!/usr/bin/env bash
# Browser check of the HTML report: builds the report of the seed, opens it in headless
# Chromium with every network request refused, and fails on console errors, on a blank map
# or on any request leaving the page. Writes a screenshot to docs/report.png (or $SCREENSHOT).
#
#   Tests/browser/check.sh            # uses $ARGMAP_BIN, else .build/release|debug/argmap
#
# Installs Debian's chromium with apt-get when it is missing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
seed=seeds/000_09d0b328bf90c93b.txt
shot=${SCREENSHOT:-docs/report.png}

bin=${ARGMAP_BIN:-}
if [ -z "$bin" ]; then
  for c in .build/release/argmap .build/debug/argmap .build-export/debug/argmap; do
    if [ -x "$c" ]; then bin=$c; break; fi
  done
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "check.sh: no argmap binary (build it, or set ARGMAP_BIN)" >&2; exit 2; }

chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  echo "== installing chromium (apt-get)"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  chrome=$(command -v chromium)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every request that leaves the page goes to a proxy that is not there, and no name resolves.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --disable-background-networking --disable-component-update --disable-sync --disable-default-apps
       --disable-extensions --metrics-recording-only --user-data-dir="$work/profile"
       --proxy-server=127.0.0.1:9 --proxy-bypass-list="<-loopback>" --host-resolver-rules="MAP * ~NOTFOUND"
       --enable-logging=stderr --v=0 --virtual-time-budget=3000)

# check_page FILE NAME: dumps the DOM and the log; fails on errors, a blank map or requests.
check_page() {
  local page=$1 name=$2
  "$chrome" "${flags[@]}" --dump-dom "file://$page" >"$work/$name.dom" 2>"$work/$name.log" || true
  python3 - "$work/$name.dom" "$work/$name.log" <<'PY'
import re, sys
dom = open(sys.argv[1], encoding="utf-8", errors="replace").read()
log = open(sys.argv[2], encoding="utf-8", errors="replace").read().splitlines()
problems = []
svgs = len(re.findall(r"<svg\b", dom))
nodes = len(re.findall(r'<g\b[^>]*\bclass="node\b', dom))
if svgs == 0 or nodes == 0:
    problems.append(f"blank map: {svgs} svg elements, {nodes} g.node elements")
for line in log:
    if "CONSOLE" in line or "Uncaught" in line:
        problems.append("console: " + line.strip()[:300])
    elif re.search(r"net::ERR_|ERR_PROXY|ERR_NAME_NOT_RESOLVED|Refused to", line):
        problems.append("request: " + line.strip()[:300])
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"ok: {svgs} svg, {nodes} nodes, no console errors, no requests")
PY
}

echo "== building the report of $seed"
"$bin" report "$seed" -o "$work/report.html"

echo "== self-test: a page that makes a request and logs an error must fail"
cp "$work/report.html" "$work/bad.html"
python3 - "$work/bad.html" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace("default-src 'none'; ", "")
s = s.replace("</body>", '<img src="http://example.invalid/x.png" alt=""><script>console.error("boom")</script></body>')
open(p, "w", encoding="utf-8").write(s)
PY
if check_page "$work/bad.html" bad >"$work/bad.out"; then
  echo "FAIL: the check did not notice a request and a console error"; cat "$work/bad.log" | tail -20; exit 1
fi
echo "ok: caught ($(wc -l <"$work/bad.out") problems: $(cut -c1-60 "$work/bad.out" | tr "\n" " "))"

echo "== the report in headless Chromium"
check_page "$work/report.html" report

echo "== screenshot -> $shot"
mkdir -p "$(dirname "$shot")"
"$chrome" "${flags[@]}" --window-size=1000,1250 --screenshot="$work/shot.png" "file://$work/report.html" 2>/dev/null >/dev/null || true
[ -s "$work/shot.png" ] || { echo "FAIL: no screenshot"; exit 1; }
cp "$work/shot.png" "$shot"
if [ -n "${NARROW_SCREENSHOT:-}" ]; then
  "$chrome" "${flags[@]}" --window-size=375,1400 --screenshot="$NARROW_SCREENSHOT" "file://$work/report.html" >/dev/null 2>&1 || true
fi
if [ -n "${DARK_SCREENSHOT:-}" ]; then
  "$chrome" "${flags[@]}" --force-dark-mode --blink-settings=preferredColorScheme=0 --window-size=1000,1250 --screenshot="$DARK_SCREENSHOT" "file://$work/report.html" >/dev/null 2>&1 || true
fi
echo "browser check passed"
