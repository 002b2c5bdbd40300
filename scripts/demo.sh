#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build, create ./var/kehoach.db,
# import the bundled example plans, show them as a commune official reads them, record a little
# progress as the commune office would, and show the deadline situation on a day.
# Usage: scripts/demo.sh [AS_OF]   (AS_OF: YYYY-MM-DD, default today; the README uses 2025-07-10)
set -euo pipefail
cd "$(dirname "$0")/.."
as_of="${1:-${AS_OF:-}}"
[ -n "$as_of" ] || as_of=$(TZ=Asia/Ho_Chi_Minh date +%F)
scripts/deps.sh build
echo "== Biên dịch / building (release)" >&2
swift build -c release --product kehoach 2>&1 | grep -E "error|Build of product" >&2 || true
bin="$(swift build -c release --show-bin-path)/kehoach"
mkdir -p var
export KEHOACH_DB=var/kehoach.db
rm -f "$KEHOACH_DB" "$KEHOACH_DB-wal" "$KEHOACH_DB-shm"

section() { printf '\n\033[1m══ %s\033[0m\n\n' "$1"; }
[ -t 1 ] && [ -z "${NO_COLOR:-}" ] || section() { printf '\n══ %s\n\n' "$1"; }

section "Nhập các kế hoạch mẫu / importing the example plans"
"$bin" import --actor demo examples/*.json
section "Các kế hoạch / the plans"
"$bin" plans
for id in $("$bin" plans --json | python3 -c 'import json,sys; print(" ".join(str(p["id"]) for p in json.load(sys.stdin)))'); do
  section "Kế hoạch mã $id / plan $id"
  "$bin" show "$id"
done

# A little progress, as the commune office of Đa Lộc would record it (only what happened by AS_OF).
occurrence() {  # occurrence TASK DUE: the id of Đa Lộc's occurrence of TASK due on DUE
  "$bin" occurrences --plan 01/KH-UBND --as-of "$as_of" --json |
    python3 -c 'import json,sys; t,d=sys.argv[1:]; print(next((o["id"] for o in map(json.loads, sys.stdin) if o["task_ref"]==t and o["written_due"]==d), ""))' "$1" "$2"
}
section "Ghi nhận tiến độ mẫu / recording sample progress (Đa Lộc)"
if [[ "$as_of" > "2025-06-25" ]]; then
  "$bin" done "$(occurrence 1.4 2025-06-30)" --on 2025-06-25 --evidence "Thông báo số 45/TB-UBND" --by demo
fi
if [[ "$as_of" > "2025-07-03" ]]; then
  "$bin" done "$(occurrence 1.10 2025-07-04)" --on 2025-07-03 --evidence "Báo cáo số 112/BC-UBND" --by demo
fi
if [[ "$as_of" > "2025-06-20" ]]; then
  "$bin" event 01/KH-UBND phe-duyet-qhkhsdd --on 2025-06-20 --label "UBND tỉnh phê duyệt QHKHSDĐ" --by demo
fi

section "Tình hình ngày $as_of / the situation on $as_of"
"$bin" situation --as-of "$as_of"
