#!/usr/bin/env python3
"""Side-by-side: kehoach's deadline parser against Python's dateparser on the seed phrases.

Usage: scripts/compare_dateparser.py --kehoach PATH/TO/kehoach [--repeat N]

Reads every deadline phrase of examples/*.json (transcribed verbatim from the seed plans),
asks `kehoach deadline --json` for its reading, asks dateparser (installed from PyPI when
missing) for its own, and prints:
  - how many seed phrases dateparser reads at all, and how many it gets right (its date equals
    the first due date kehoach computes, whose rules the unit tests check by hand);
  - the time per phrase of each, on the phrases that both understand, and the ratio.
kehoach's time is measured in-process by `kehoach deadline --repeat N` (no process start-up).
"""
import argparse, glob, json, os, subprocess, sys, time
from datetime import datetime

def ensure_dateparser():
    try:
        import dateparser  # noqa: F401
    except ImportError:
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "dateparser"])
    import dateparser
    return dateparser

def phrases(root):
    out = []
    for path in sorted(glob.glob(os.path.join(root, "examples", "*.json"))):
        plan = json.load(open(path, encoding="utf-8"))
        year, issued = plan["year"], plan.get("issued_on")
        for t in plan.get("tasks", []):
            out.append((t["deadline"], year, issued))
        for r in plan.get("reporting", []):
            out.append((r["deadline"], year, issued))
    # distinct phrases, first plan's year wins
    seen, distinct = set(), []
    for p in out:
        if p[0] not in seen:
            seen.add(p[0]); distinct.append(p)
    return distinct

def kehoach_read(binary, items, repeat=0):
    """JSON readings and, with repeat, mean ns per parse, grouped by (year, issued)."""
    readings, total_ns, total_parses = {}, 0.0, 0
    groups = {}
    for text, year, issued in items:
        groups.setdefault((year, issued), []).append(text)
    for (year, issued), texts in groups.items():
        cmd = [binary, "deadline", "--year", str(year), "--json"]
        if issued: cmd += ["--issued", issued]
        if repeat: cmd += ["--repeat", str(repeat)]
        res = subprocess.run(cmd + ["--"] + texts, capture_output=True, text=True, check=True)
        for text, line in zip(texts, res.stdout.splitlines()):
            readings[text] = json.loads(line)
        if repeat:
            for line in res.stderr.splitlines():
                if line.startswith("ns_per_parse="):
                    total_ns += float(line.split("=")[1]) * len(texts); total_parses += len(texts)
    return readings, (total_ns / total_parses if total_parses else None)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kehoach", required=True)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    dp = ensure_dateparser()
    items = phrases(root)
    readings, _ = kehoach_read(args.kehoach, items)

    understood, right, both = 0, 0, []
    for text, year, issued in items:
        base = datetime(year, 1, 1)
        got = dp.parse(text, languages=["vi"], settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "last"})
        if got is None:
            continue
        understood += 1
        ms = readings[text]["milestones"]
        print(f"  dateparser: {text!r} -> {got.date().isoformat()}; kehoach: {ms[0]['due'] if ms else 'no date'}")
        if ms:
            both.append((text, year, issued))
            if got.date().isoformat() == ms[0]["due"]:
                right += 1

    print(f"seed phrases: {len(items)} distinct")
    print(f"kehoach understands: {sum(1 for t in items if not readings[t[0]]['unspecified'] or readings[t[0]]['continuous'] or readings[t[0]]['recurrence'] or readings[t[0]]['event'])}")
    print(f"dateparser returns a date for: {understood}; right (equal to kehoach's due date): {right}")
    if not both:
        print("no phrase that both understand: no speed ratio"); return
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for text, year, _ in both:
            dp.parse(text, languages=["vi"], settings={"RELATIVE_BASE": datetime(year, 1, 1)})
    dp_ns = (time.perf_counter() - t0) / (args.repeat * len(both)) * 1e9
    _, kh_ns = kehoach_read(args.kehoach, both, repeat=max(1000, args.repeat * 100))
    print(f"on the {len(both)} phrases both understand:")
    print(f"  dateparser: {dp_ns/1000:.1f} µs per phrase")
    print(f"  kehoach:    {kh_ns/1000:.3f} µs per phrase")
    print(f"  ratio: kehoach is {dp_ns/kh_ns:.0f}x faster (target: at least 50x)")

if __name__ == "__main__":
    main()
