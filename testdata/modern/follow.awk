# usage: awk -F'\t' -v asof=2025-02-17 -f follow.awk raw_arrests.tsv raw_detentions.tsv
# Arrests of the Seattle AOR, or with -v state=WASHINGTON those with that
# state (and the Seattle AOR's rows without a state); -v from=YYYY-MM-DD and
# -v to=YYYY-MM-DD limit the arrest dates.
# Prints people, booked, one status count per line, then the nearest-rank
# median days from arrest to first book-in and to removal (the smallest
# value with at least half the people at or below it).
function day(s) { return int(mktime(substr(s,1,4) " " substr(s,6,2) " " substr(s,9,2) " 12 00 00") / 86400) }
function median(v, n,   i, j, t) {
  for (i = 2; i <= n; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j+1] = v[j]; v[j+1] = t }
  return v[int((n + 1) / 2)]
}
FNR <= 7 { next }
FILENAME ~ /arrests/ && (state == "" ? $4 ~ /^Seattle/ : $2 == state || $2 == "" && $4 ~ /^Seattle/) && (from == "" || substr($1,1,10) >= from) && (to == "" || substr($1,1,10) <= to) {
  k = $22; if (!(k in arr) || $1 < arr[k]) arr[k] = $1
  if ($11 != "") dep[k] = (k in dep) ? dep[k] " " $11 : $11
  next
}
FILENAME ~ /detentions/ { n++; K[n] = $33; IN[n] = substr($2,1,10); OUT[n] = substr($5,1,10); R[n] = $7; D[n] = $27 }
END {
  for (k in arr) {
    a = arr[k]; booked = 0; det = 0; rem = ""; last = ""; reason = ""; first = ""
    split(dep[k], ds, " "); for (i in ds) if (ds[i] >= a && ds[i] <= asof && (rem == "" || ds[i] < rem)) rem = ds[i]
    for (i = 1; i <= n; i++) {
      if (K[i] != k) continue
      if (D[i] != "" && D[i] >= a && D[i] <= asof && (rem == "" || D[i] < rem)) rem = D[i]
      if (R[i] == "Removed" && OUT[i] != "" && OUT[i] >= a && OUT[i] <= asof && (rem == "" || OUT[i] < rem)) rem = OUT[i]
      if (IN[i] == "" || IN[i] < a || IN[i] > asof) continue
      booked = 1; if (first == "" || IN[i] < first) first = IN[i]
      if (OUT[i] == "" || OUT[i] > asof) det = 1
    }
    people++; nb += booked
    if (booked) tb[++ntb] = day(first) - day(a)
    if (rem != "") tr[++ntr] = day(rem) - day(a)
    if (rem != "") s["removed"]++; else if (det) s["detained"]++; else if (booked) s["released"]++; else s["not booked"]++
  }
  print "people", people, "booked", nb; for (x in s) print x, s[x]
  if (ntb) print "median days to book-in", median(tb, ntb), "n", ntb
  if (ntr) print "median days to removal", median(tr, ntr), "n", ntr
}
