#!/usr/bin/env bash
# Measures the start-up time of the explorer. Runs ./loss-explorer --startup-report RUNS times
# (default 10) under the current DISPLAY and prints each run's JSON line on stderr. Then prints
# one JSON line on stdout: the median time from the launcher's start to the first laid-out
# frame with the charts filled, the max as p99, the median from the JVM's start, and the median
# from the launcher's start to the frame with the training panel, which comes after. A first
# untimed run builds the project if needed, writes the class data sharing archive and warms
# the file cache.
#
#   Xvfb :96 -screen 0 1280x800x24 &
#   DISPLAY=:96 scripts/startup_bench.sh 10
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "startup_bench.sh: invalid run count '$runs': expected a whole number of at least 1" >&2
  exit 2
fi
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "startup_bench.sh: DISPLAY is not set. Start a display first, for example Xvfb :96 & then DISPLAY=:96 $0" >&2
  exit 3
fi

report() {
  "$root/loss-explorer" --startup-report 2>/dev/null | grep '"name":"startup"'
}

# Prints the median of the numbers on stdin, one per line: the middle one, or the mean of the two middle ones.
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Prints the value of numeric field $1 of the JSON line $2.
field() {
  sed -E "s/.*\"$1\":([0-9.]+).*/\1/" <<<"$2"
}

echo "startup_bench.sh: untimed first run..." >&2
report >/dev/null
launcher_times=()
jvm_times=()
panel_times=()
for ((i = 1; i <= runs; i++)); do
  line="$(report)"
  echo "$line" >&2
  launcher_times+=("$(field from_launcher_ms "$line")")
  jvm_times+=("$(field from_jvm_ms "$line")")
  panel_times+=("$(field training_panel_ms "$line")")
done
launcher_median="$(printf '%s\n' "${launcher_times[@]}" | median)"
launcher_max="$(printf '%s\n' "${launcher_times[@]}" | sort -n | tail -1)"
jvm_median="$(printf '%s\n' "${jvm_times[@]}" | median)"
panel_median="$(printf '%s\n' "${panel_times[@]}" | median)"
size="$(field size "$line")"
printf '{"name":"startup","size":%s,"median_ms":%s,"p99_ms":%s,"samples":%d,"from_jvm_median_ms":%s,"training_panel_median_ms":%s}\n' \
  "$size" "$launcher_median" "$launcher_max" "$runs" "$jvm_median" "$panel_median"
