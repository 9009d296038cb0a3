#!/usr/bin/env bash
# Times the 40^4 grid in Java (JMH) and in NumPy one after the other on this machine, and
# prints the ratio of the medians. Usage: scripts/compare_numpy.sh [values per axis, default 40]
# Builds benchmarks/target/benchmarks.jar first when it is missing.
set -euo pipefail

size="${1:-40}"
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/benchmarks/target/benchmarks.jar"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

if [[ ! -f "$jar" ]]; then
    (cd "$root" && ./mvnw -q -pl model,benchmarks package -DskipTests)
fi

java -jar "$jar" "GridBenchmark" -p size="$size" -rf json -rff "$results/jmh.json" > "$results/jmh.txt"
python3 "$root/scripts/numpy_grid_bench.py" --sizes "$size" > "$results/numpy.jsonl"

python3 - "$results/jmh.json" "$results/numpy.jsonl" <<'PYTHON'
import json
import sys

with open(sys.argv[1]) as f:
    jmh = json.load(f)
with open(sys.argv[2]) as f:
    numpy = [json.loads(line) for line in f if line.strip()]

java_ms = {}
for run in jmh:
    method = run["benchmark"].rsplit(".", 1)[1]
    median = run["primaryMetric"]["scorePercentiles"]["50.0"]
    java_ms[method] = median
    print(json.dumps({"name": "java_grid_" + method, "size": int(run["params"]["size"]),
                      "median_ms": round(median, 3),
                      "p99_ms": round(run["primaryMetric"]["scorePercentiles"]["99.0"], 3)}))
for line in numpy:
    print(json.dumps(line))
for line in numpy:
    for method, median in java_ms.items():
        print(f"NumPy {line['form']} / Java {method}: {line['median_ms'] / median:.1f}x "
              f"({line['median_ms']:.2f} ms / {median:.2f} ms, medians)")
PYTHON
