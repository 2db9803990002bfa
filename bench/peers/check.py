"""Check that a peer's answers to the five questions equal icestat's.

    python3 check.py AOR_CODES_YAML ICESTAT_DIR PEER_NAME PEER_OUTPUT

ICESTAT_DIR holds a.csv … e.csv written by `icestat count … --format csv`. PEER_OUTPUT has lines
question|key…|value as printed by questions.py / questions.R / questions_dplyr.R. The peer's long AOR
names ("Boston Area of Responsibility") are mapped to icestat's codes with ../shared/data/reference/aor_codes.yaml.
Exits 1, printing every difference, when an answer differs.
"""
import csv
import math
import os
import re
import sys

codes_file, idir, peer, peer_out = sys.argv[1:5]

codes = {}
for line in open(codes_file, encoding="utf-8"):
    m = re.match(r"^\s+(.+?):\s*([A-Z]{2,4})\s*$", line)
    if m:
        codes[m.group(1).lower()] = m.group(2)


def aor_code(raw):
    raw = raw.strip()
    if raw in ("", "nan", "NA", "None"):
        return "(empty)"
    name = re.sub(r"\s+Area of Responsibility$", "", raw, flags=re.I)
    if name.lower() in codes:
        return codes[name.lower()]
    if name.upper() == name and 2 <= len(name) <= 4:  # already a code (HQ)
        return name
    return "?" + raw


def rows(name):
    with open(os.path.join(idir, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


want = {}
for r in rows("a.csv"):
    want[("a", r["aor"], r["month"])] = int(r["count"])
want[("b",)] = int(rows("b.csv")[0]["count"])
for i, r in enumerate(rows("c.csv")):
    want[("c", str(i + 1), r["country"])] = int(r["count"])
d = rows("d.csv")
total = sum(int(r["count"]) for r in d)
for r in d:
    want[("d", r["method_class"])] = int(r["count"])
    if not math.isclose(float(r["share"]), int(r["count"]) / total, abs_tol=1e-6):
        sys.exit(f"icestat share of {r['method_class']} is {r['share']}, count/total is {int(r['count']) / total}")
want[("e",)] = int(rows("e.csv")[0]["count"])

got = {}
for line in open(peer_out, encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        continue
    parts = line.split("|")
    key, value = tuple(parts[:-1]), int(parts[-1])
    if key[0] == "a":
        key = ("a", aor_code(key[1]), key[2])
    if key in got:
        got[key] += value  # two raw spellings of one AOR
    else:
        got[key] = value

# (c) is a top ten: when counts tie at the tenth place, tools may pick different countries (icestat breaks ties by
# name). Compare the ranked counts, and each country's count where both list it.
want_c = {k[2]: v for k, v in want.items() if k[0] == "c"}
got_c = {k[2]: v for k, v in got.items() if k[0] == "c"}
diffs = []
if sorted(want_c.values(), reverse=True) != sorted(got_c.values(), reverse=True):
    diffs.append(f"  c: icestat counts {sorted(want_c.values(), reverse=True)}, {peer} {sorted(got_c.values(), reverse=True)}")
last = min(want_c.values(), default=0)
for country, n in got_c.items():
    if want_c.get(country, last) != n:
        diffs.append(f"  c|{country}: icestat {want_c.get(country)}, {peer} {n}")
want = {k: v for k, v in want.items() if k[0] != "c"}
got = {k: v for k, v in got.items() if k[0] != "c"}
diffs += [f"  {'|'.join(k)}: icestat {want.get(k)}, {peer} {got.get(k)}"
          for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)]
if diffs:
    print(f"MISMATCH: {peer} differs from icestat in {len(diffs)} answer cells:", file=sys.stderr)
    print("\n".join(diffs[:40]), file=sys.stderr)
    sys.exit(1)
print(f"ok: {peer} gives icestat's numbers for (a)-(e) ({len(want) + len(want_c)} answer cells)")
