#!/usr/bin/env bash
# Exercism's test-runner entry point: bin/run.sh SLUG INPUT_DIR OUTPUT_DIR, as Exercism's interface defines it
# (exercism/docs building/tooling/test-runners/interface.md). SLUG is a kata id (racy-cart, thread-pool,
# crash-isolation); INPUT_DIR holds the learner's files and is only read; OUTPUT_DIR gets results.json (version 3).
# Exits 0 whatever the verdict: a failing solution is a result, not a failure of the runner. When the grader cannot
# run at all, results.json still says so (status "error", the machine's fault), so Exercism never shows nothing.
# KITCHEN_CLI replaces the grader's command line (tests use it); by default the grader beside this script is run.
set -uo pipefail
if [ "$#" -ne 3 ]; then
  echo "usage: bin/run.sh SLUG INPUT_DIR OUTPUT_DIR" >&2
  exit 2
fi

slug="$1"
input="${2%/}"
output="${3%/}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$output"
results="$output/results.json"
log="$output/grade.log"
rm -f "$results"

if [ -n "${KITCHEN_CLI:-}" ]; then
  read -ra kitchen <<< "$KITCHEN_CLI"
else
  kitchen=(dotnet run -c Release --project "$root/grader/Grader.Cli" --)
fi

"${kitchen[@]}" grade --repo "$root" --kata "$slug" --submission "$input" --format exercism --output "$results" > "$log" 2>&1

if [ ! -s "$results" ]; then
  # The grader wrote nothing (an unknown slug, a broken machine): its last words, as JSON, with the learner's folder
  # named <solution-dir> as Exercism asks, and control characters dropped.
  said="$(tail -n 20 "$log" | head -c 60000 | sed -e "s#$input#<solution-dir>#g" | tr -d '\000-\010\013\014\016-\037' \
    | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/ /g' | awk '{ printf "%s\\n", $0 }')"
  printf '{\n  "version": 3,\n  "status": "error",\n  "message": "Cause: the grading machine, not your code: the grader could not run.\\n%s"\n}\n' "$said" > "$results"
fi
exit 0
