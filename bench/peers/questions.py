"""pandas peer for the question benchmark: the five questions of issue 10 from the raw files.

    python3 questions.py EROArrests_FY2017.csv.gz ICERemovals_FY2016.csv.gz

Prints one line per answer cell (question|key...|value) for bench/peers/check.py.
"""
import sys

import pandas as pd

arrests_file, removals_file = sys.argv[1], sys.argv[2]

a = pd.read_csv(arrests_file, sep="|", skiprows=5)
a["date"] = pd.to_datetime(a["Apprehension Date"], format="%m/%d/%Y")
a = a[(a["date"] >= "2016-10-01") & (a["date"] <= "2017-09-30")]  # FY2017

# (a) FY2017 arrests by AOR and month
# dropna=False: by default groupby drops the rows whose AOR is empty (247 of them in FY2017)
qa = a.groupby([a["Area of Responsibility"], a["date"].dt.strftime("%Y-%m")], dropna=False).size()
# (b) Boston AOR arrests in FY2017
qb = (a["Area of Responsibility"] == "Boston Area of Responsibility").sum()
# (c) top ten citizenship countries of FY2016 removals
r = pd.read_csv(removals_file, sep="|", skiprows=5)
r["date"] = pd.to_datetime(r["Removal Date"].fillna(r["Departed Date"]), format="%m/%d/%Y")
r = r[(r["date"] >= "2015-10-01") & (r["date"] <= "2016-09-30")]  # FY2016
qc = r["Citizenship"].value_counts().head(10)
# (d) at-large vs custodial share of FY2017 arrests (icestat's default method scheme)
at_large = ["Located", "Non-Custodial Arrest", "Worksite Enforcement"]
custodial = ["CAP Federal Incarceration", "CAP Local Incarceration", "CAP State Incarceration",
             "Criminal Alien Program", "Custodial Arrest", "287(g) Program", "Probation and Parole",
             "Law Enforcement Agency Response Unit", "Other Agency (turned over to INS)"]
method = a["Apprehension Method"]
cls = method.map(lambda m: "at-large" if m in at_large else "custodial" if m in custodial else "other")
qd = cls.value_counts()
# (e) FY2017 arrests of Mexican citizens through CAP Local Incarceration on or after 2017-01-20
qe = ((a["Citizenship"] == "MEXICO") & (method == "CAP Local Incarceration") & (a["date"] >= "2017-01-20")).sum()

out = []
out += [f"a|{aor}|{month}|{n}" for (aor, month), n in qa.items()]
out.append(f"b|{qb}")
out += [f"c|{i + 1}|{country}|{n}" for i, (country, n) in enumerate(qc.items())]
out += [f"d|{c}|{n}" for c, n in qd.items()]
out.append(f"e|{qe}")
print("\n".join(out))
