# data.table peer for the question benchmark: the five questions of issue 10 from the raw files.
#   Rscript questions.R EROArrests_FY2017.csv.gz ICERemovals_FY2016.csv.gz
# Prints one line per answer cell (question|key...|value) for bench/peers/check.py.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)

a <- fread(args[1], sep = "|", skip = 5, header = TRUE, showProgress = FALSE)
a[, date := as.IDate(`Apprehension Date`, format = "%m/%d/%Y")]
a <- a[date >= as.IDate("2016-10-01") & date <= as.IDate("2017-09-30")]  # FY2017

# (a) FY2017 arrests by AOR and month
qa <- a[, .N, by = .(aor = `Area of Responsibility`, month = format(date, "%Y-%m"))]
# (b) Boston AOR arrests in FY2017
qb <- a[`Area of Responsibility` == "Boston Area of Responsibility", .N]
# (c) top ten citizenship countries of FY2016 removals
r <- fread(args[2], sep = "|", skip = 5, header = TRUE, showProgress = FALSE)
r[, date := as.IDate(fcoalesce(`Removal Date`, `Departed Date`), format = "%m/%d/%Y")]
r <- r[date >= as.IDate("2015-10-01") & date <= as.IDate("2016-09-30")]  # FY2016
qc <- r[, .N, by = Citizenship][order(-N)][1:10]
# (d) at-large vs custodial share of FY2017 arrests (icestat's default method scheme)
at_large <- c("Located", "Non-Custodial Arrest", "Worksite Enforcement")
custodial <- c("CAP Federal Incarceration", "CAP Local Incarceration", "CAP State Incarceration",
               "Criminal Alien Program", "Custodial Arrest", "287(g) Program", "Probation and Parole",
               "Law Enforcement Agency Response Unit", "Other Agency (turned over to INS)")
a[, class := fcase(`Apprehension Method` %in% at_large, "at-large",
                   `Apprehension Method` %in% custodial, "custodial", default = "other")]
qd <- a[, .N, by = class][, share := N / sum(N)]
# (e) FY2017 arrests of Mexican citizens through CAP Local Incarceration on or after 2017-01-20
qe <- a[Citizenship == "MEXICO" & `Apprehension Method` == "CAP Local Incarceration" &
          date >= as.IDate("2017-01-20"), .N]

cat(sprintf("a|%s|%s|%d", qa$aor, qa$month, qa$N), sprintf("b|%d", qb),
    sprintf("c|%d|%s|%d", seq_len(nrow(qc)), qc$Citizenship, qc$N),
    sprintf("d|%s|%d", qd$class, qd$N), sprintf("e|%d", qe), sep = "\n")
cat("\n")
