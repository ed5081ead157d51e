#!/usr/bin/env bash
# Measures ProdReady's speed and memory on real repositories, side by side with peer tools in the same run, and
# reports ratios. Usage: scripts/bench.sh TARGET_DIR [TARGET_DIR ...]
#
# Peers: ripgrep with the shared secret patterns (the floor for a tool that reads every byte) and, when installed,
# secretlint. Installs ripgrep, hyperfine and GNU time from Debian if they are missing. Writes a Markdown table to
# standard output; the raw hyperfine JSON goes to $BENCH_OUT (default: a temporary directory).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/bench.sh TARGET_DIR [TARGET_DIR ...]" >&2
  exit 2
fi

need=()
command -v rg >/dev/null || need+=(ripgrep)
command -v hyperfine >/dev/null || need+=(hyperfine)
[ -x /usr/bin/time ] || need+=(time)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

patterns=${SECRET_PATTERNS:-../shared/bench/secret-patterns.txt}
out=${BENCH_OUT:-$(mktemp -d)}
runs=${BENCH_RUNS:-5}

dotnet build src/ProdReady.Cli -c Release --nologo -v quiet >/dev/null
prodready="dotnet $(pwd)/src/ProdReady.Cli/bin/Release/net10.0/prodready.dll"

echo "| target | files | prodready (s) | ripgrep (s) | ratio | prodready max RSS (MiB) | ripgrep max RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for target in "$@"; do
  name=$(basename "$target")
  json="$out/$name.json"
  commands=("$prodready audit '$target' --format json --quiet")
  names=(prodready)
  if [ -f "$patterns" ]; then
    commands+=("rg --no-messages -c -f '$patterns' '$target'")
    names+=(ripgrep)
  fi
  hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure --export-json "$json" \
    $(for n in "${names[@]}"; do printf -- '-n %s ' "$n"; done) "${commands[@]}" >/dev/null 2>"$out/$name.hyperfine.log"
  mean() { python3 -c "import json,sys; r=[x for x in json.load(open('$json'))['results'] if x['command']=='$1']; print(f\"{r[0]['mean']:.2f}\" if r else '-')"; }
  rss() { /usr/bin/time -f '%M' bash -c "$1 >/dev/null 2>&1" 2>&1 | tail -1 | awk '{ printf "%.0f", $1 / 1024 }'; }
  files=$($prodready audit "$target" --format json --no-progress | python3 -c "import json,sys; print(json.load(sys.stdin)['stats']['files'])")
  p=$(mean prodready); r=$(mean ripgrep)
  ratio=$(python3 -c "print(f'{float(\"$p\")/float(\"$r\"):.1f}x' if '$r' not in ('-', '0.00') else '-')")
  echo "| $name | $files | $p | $r | $ratio | $(rss "$prodready audit '$target' --format json --quiet") | $(rss "rg --no-messages -c -f '$patterns' '$target'") |"
done
echo
echo "prodready: a full audit (walk, every reader, every rule, JSON report); ripgrep: the shared secret patterns over the same tree. Mean of $runs runs after a warm-up; hyperfine JSON in $out."
