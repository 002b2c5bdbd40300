#!/usr/bin/env python3
"""Cross-check kehoach's lunar calendar against an independent implementation.

The reference is the PyPI package `lunar-vn` (Hồ Ngọc Đức's algorithm, UTC+7):
    pip install lunar-vn
If it cannot be imported, a port of the same algorithm written in this file is used
(say which with --reference).

kehoach's answers come from either
  --kehoach PATH     run `PATH lunar YYYY-MM-DD --json` for each date, or
  --jsonl FILE       read lines {"date":"YYYY-MM-DD","day":D,"month":M,"year":Y,"leap":bool}
                     (e.g. made by: for d in ...; do kehoach lunar $d --json; done).
The expected JSON of `kehoach lunar` is {"day":D,"month":M,"year":Y,"leap":bool}; a "date"
key is optional there (the date asked is known).

Dates to check: positional YYYY-MM-DD arguments, and/or --from/--to with --step days.
With --jsonl and no dates, every line of the file is checked.

Examples:
    scripts/lunar_crosscheck.py --kehoach .build/debug/kehoach 2025-01-29 2023-04-29
    scripts/lunar_crosscheck.py --kehoach kehoach --from 1900-01-01 --to 2100-12-31 --step 97
    scripts/lunar_crosscheck.py --jsonl answers.jsonl

Exit status: 0 when every date agrees, 1 on any difference, 2 on bad usage.
"""
import argparse
import datetime as dt
import json
import math
import subprocess
import sys


# --- An independent port of Hồ Ngọc Đức's algorithm (used when lunar-vn is absent) ---------
TZ = 7.0


def _jd(d):
    return d.toordinal() + 1721425


def _new_moon_day(k):
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 = c1 - 0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return math.floor(jd1 + c1 - deltat + 0.5 + TZ / 24)


def _sun_sector(jdn):
    t = (jdn - 0.5 - TZ / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon -= math.pi * 2 * math.floor(lon / (math.pi * 2))
    return math.floor(lon / math.pi * 6)


def _month11(yy):
    off = _jd(dt.date(yy, 12, 31)) - 2415021
    k = math.floor(off / 29.530588853)
    nm = _new_moon_day(k)
    return _new_moon_day(k - 1) if _sun_sector(nm) >= 9 else nm


def _leap_offset(a11):
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i, arc = 1, _sun_sector(_new_moon_day(k + 1))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            return i - 1


def port_solar_to_lunar(d):
    n = _jd(d)
    k = math.floor((n - 2415021.076998695) / 29.530588853) + 1
    while _new_moon_day(k) > n:
        k -= 1
    while _new_moon_day(k + 1) <= n:
        k += 1
    start = _new_moon_day(k)
    a11 = _month11(d.year)
    b11 = a11
    if a11 >= start:
        year, a11 = d.year, _month11(d.year - 1)
    else:
        year, b11 = d.year + 1, _month11(d.year + 1)
    diff = math.floor((start - a11) / 29)
    leap, month = False, diff + 11
    if b11 - a11 > 365:
        ld = _leap_offset(a11)
        if diff >= ld:
            month = diff + 10
            leap = diff == ld
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return {"day": n - start + 1, "month": month, "year": year, "leap": leap}


def reference():
    try:
        import lunar_vn

        def lunar_vn_ref(d):
            x = lunar_vn.solar_to_lunar(d)
            return {"day": x.day, "month": x.month, "year": x.year, "leap": bool(x.leap)}
        return "lunar-vn " + getattr(lunar_vn, "__version__", "?"), lunar_vn_ref
    except ImportError:
        return "built-in port", port_solar_to_lunar


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dates", nargs="*", help="YYYY-MM-DD dates to check")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--kehoach", metavar="PATH", help="kehoach executable to run")
    src.add_argument("--jsonl", metavar="FILE", help="JSON lines with kehoach's answers")
    p.add_argument("--from", dest="start", help="first date of a range")
    p.add_argument("--to", dest="end", help="last date of a range")
    p.add_argument("--step", type=int, default=1, help="days between checked dates in the range")
    p.add_argument("--port", action="store_true", help="use the built-in port even if lunar-vn is installed")
    a = p.parse_args()

    dates = [dt.date.fromisoformat(s) for s in a.dates]
    if a.start or a.end:
        if not (a.start and a.end):
            p.error("--from and --to go together")
        d, end = dt.date.fromisoformat(a.start), dt.date.fromisoformat(a.end)
        while d <= end:
            dates.append(d)
            d += dt.timedelta(days=a.step)

    answers = {}
    if a.jsonl:
        with open(a.jsonl, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    obj = json.loads(line)
                    if "date" not in obj:
                        sys.exit(f"{a.jsonl}:{n}: a line needs a \"date\" key")
                    answers[dt.date.fromisoformat(obj["date"])] = obj
        if not dates:
            dates = sorted(answers)
    if not dates:
        p.error("no date to check")

    name, ref = ("built-in port", port_solar_to_lunar) if a.port else reference()
    bad = 0
    for d in dates:
        if a.kehoach:
            out = subprocess.run([a.kehoach, "lunar", d.isoformat(), "--json"],
                                 capture_output=True, text=True, check=False)
            if out.returncode != 0:
                print(f"{d}: kehoach failed ({out.returncode}): {out.stderr.strip()}")
                bad += 1
                continue
            got = json.loads(out.stdout)
        elif d in answers:
            got = answers[d]
        else:
            print(f"{d}: no answer in {a.jsonl}")
            bad += 1
            continue
        got = {k: got.get(k) for k in ("day", "month", "year", "leap")}
        want = ref(d)
        if got != want:
            print(f"{d}: kehoach {got} != {name} {want}")
            bad += 1
    print(f"{len(dates) - bad} passed, {bad} failed (reference: {name})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
