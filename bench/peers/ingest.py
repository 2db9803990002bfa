"""pandas peer for the ingest benchmark: load release files into one DataFrame per dataset.

    python3 ingest.py text FILE...   # pipe-delimited (gzip) text: 5 preamble lines, then header
    python3 ingest.py xlsx FILE...   # every sheet of each workbook (openpyxl): header on row 6

Prints the number of rows loaded. Written as a pandas user would: read_csv / read_excel, then concat.
"""
import collections
import os
import re
import sys

import pandas as pd

mode, files = sys.argv[1], sys.argv[2:]
rows = 0
if mode == "text":
    by_dataset = collections.defaultdict(list)
    for f in files:
        dataset = re.sub(r"_FY\d+.*", "", os.path.basename(f))  # EROArrests, ICERemovals, ...
        by_dataset[dataset].append(pd.read_csv(f, sep="|", skiprows=5))
    frames = {d: pd.concat(dfs, ignore_index=True) for d, dfs in by_dataset.items()}
    rows = sum(len(df) for df in frames.values())
elif mode == "xlsx":
    for f in files:
        sheets = pd.read_excel(f, sheet_name=None, skiprows=5, engine="openpyxl")
        rows += sum(len(df) for df in sheets.values())
else:
    sys.exit("mode must be text or xlsx")
print(rows)
