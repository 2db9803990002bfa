# dplyr peer for the question benchmark (fread to read, dplyr verbs to compute), as tidyverse users write it.
#   Rscript questions_dplyr.R EROArrests_FY2017.csv.gz ICERemovals_FY2016.csv.gz
# Prints one line per answer cell (question|key...|value) for bench/peers/check.py.
suppressPackageStartupMessages({ library(data.table); library(dplyr) })
args <- commandArgs(trailingOnly = TRUE)

a <- fread(args[1], sep = "|", skip = 5, header = TRUE, showProgress = FALSE) %>%
  as_tibble() %>%
  mutate(date = as.Date(`Apprehension Date`, format = "%m/%d/%Y")) %>%
  filter(date >= as.Date("2016-10-01"), date <= as.Date("2017-09-30"))  # FY2017

at_large <- c("Located", "Non-Custodial Arrest", "Worksite Enforcement")
custodial <- c("CAP Federal Incarceration", "CAP Local Incarceration", "CAP State Incarceration",
               "Criminal Alien Program", "Custodial Arrest", "287(g) Program", "Probation and Parole",
               "Law Enforcement Agency Response Unit", "Other Agency (turned over to INS)")

qa <- a %>% count(aor = `Area of Responsibility`, month = format(date, "%Y-%m"))
qb <- a %>% filter(`Area of Responsibility` == "Boston Area of Responsibility") %>% nrow()
qc <- fread(args[2], sep = "|", skip = 5, header = TRUE, showProgress = FALSE) %>%
  as_tibble() %>%
  mutate(date = as.Date(coalesce(`Removal Date`, `Departed Date`), format = "%m/%d/%Y")) %>%
  filter(date >= as.Date("2015-10-01"), date <= as.Date("2016-09-30")) %>%  # FY2016
  count(Citizenship, sort = TRUE) %>% slice_head(n = 10)
qd <- a %>%
  mutate(class = case_when(`Apprehension Method` %in% at_large ~ "at-large",
                           `Apprehension Method` %in% custodial ~ "custodial", TRUE ~ "other")) %>%
  count(class) %>% mutate(share = n / sum(n))
qe <- a %>% filter(Citizenship == "MEXICO", `Apprehension Method` == "CAP Local Incarceration",
                   date >= as.Date("2017-01-20")) %>% nrow()

cat(sprintf("a|%s|%s|%d", qa$aor, qa$month, qa$n), sprintf("b|%d", qb),
    sprintf("c|%d|%s|%d", seq_len(nrow(qc)), qc$Citizenship, qc$n),
    sprintf("d|%s|%d", qd$class, qd$n), sprintf("e|%d", qe), sep = "\n")
cat("\n")
