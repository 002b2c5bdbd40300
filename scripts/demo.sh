#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build, create ./var/kehoach.db,
# import the bundled example plans and show them as a commune official would read them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
swift build -c release --product kehoach 2>&1 | grep -E "error|warning: unre|Compiling|Build" | tail -3 || true
bin="$(swift build -c release --show-bin-path)/kehoach"
mkdir -p var
db=var/kehoach.db
rm -f "$db" "$db-wal" "$db-shm"
export NO_COLOR="${NO_COLOR-}"
"$bin" import --db "$db" --actor demo examples/*.json
echo
"$bin" plans --db "$db"
for number in $("$bin" plans --db "$db" --json | python3 -c 'import json,sys; print(" ".join(str(p["id"]) for p in json.load(sys.stdin)))'); do
  echo
  "$bin" show --db "$db" "$number"
done
