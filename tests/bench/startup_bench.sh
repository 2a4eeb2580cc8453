#!/usr/bin/env bash
# Sapha benchmark — start-up: sapha-cli loading every plugin core for a no-op (`plugins`) and listing
# the demo workspace, each beside git doing the nearest thing in the same run; and the GUI's time
# from process start to an idle main window on the demo workspace (warm, under Xvfb).
# Not a timed test: it prints numbers and ratios. Usage: tests/bench/startup_bench.sh [build-dir] [runs]
set -euo pipefail
build="${1:-build}"
runs="${2:-30}"
bin="$(cd "$build/stage/bin" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH=
"$bin/sapha-cli" demo "$work/demo" --quiet > /dev/null

# Median wall time in milliseconds of a command run $runs times (after one warm-up run).
median_ms() {
  "$@" > /dev/null 2>&1
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f", a[int((NR + 1) / 2)] / 1000 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

cli_noop=$(median_ms "$bin/sapha-cli" plugins)
git_noop=$(median_ms git -C "$work/demo" rev-parse HEAD)
cli_list=$(median_ms "$bin/sapha-cli" -C "$work/demo" list)
git_list=$(median_ms git -C "$work/demo" ls-files)
cli_log=$(median_ms "$bin/sapha-cli" -C "$work/demo" log minutes/chiangrai-1-2563.meeting.xml)
git_log=$(median_ms git -C "$work/demo" log --oneline -- minutes/chiangrai-1-2563.meeting.xml)

echo "sapha-cli start-up, median of $runs runs (ms); ratio = sapha / git (lower is better)"
printf '  %-44s %8s ms   git %-28s %8s ms   ratio %s\n' "plugins (loads every plugin core)" "$cli_noop" "rev-parse HEAD" "$git_noop" "$(ratio "$cli_noop" "$git_noop")"
printf '  %-44s %8s ms   git %-28s %8s ms   ratio %s\n' "list (demo workspace)" "$cli_list" "ls-files" "$git_list" "$(ratio "$cli_list" "$git_list")"
printf '  %-44s %8s ms   git %-28s %8s ms   ratio %s\n' "log (one document)" "$cli_log" "log -- PATH" "$git_log" "$(ratio "$cli_log" "$git_log")"
awk -v t="$cli_noop" 'BEGIN { exit !(t < 20) }' && echo "  target: sapha-cli no-op under 20 ms: met" || echo "  target: sapha-cli no-op under 20 ms: NOT met"

if command -v xvfb-run > /dev/null; then
  gui_runs=5
  times=()
  for _ in $(seq $gui_runs); do
    times+=("$(xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha" "$work/demo" --exit-when-idle 2>/dev/null | awk '/startup-to-idle-ms/ { print $2 }')")
  done
  gui=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  echo "sapha GUI: process start to idle main window on the demo workspace, median of $gui_runs: $gui ms"
  awk -v t="$gui" 'BEGIN { exit !(t < 1000) }' && echo "  target: under 1 s warm: met" || echo "  target: under 1 s warm: NOT met"
fi
