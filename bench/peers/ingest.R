# R peer for the ingest benchmark: load release files into one table per dataset.
#   Rscript ingest.R text FILE...   # data.table::fread (gzip via R.utils), 5 preamble lines then header
#   Rscript ingest.R xlsx FILE...   # readxl::read_excel, every sheet, header on row 6
# Prints the number of rows loaded. Written as an R user would: fread / read_excel, then rbindlist.
suppressPackageStartupMessages({ library(data.table); library(readxl) })
args <- commandArgs(trailingOnly = TRUE)
mode <- args[1]; files <- args[-1]
if (mode == "text") {
  dataset <- sub("_FY[0-9]+.*", "", basename(files))
  tables <- lapply(split(files, dataset), function(fs)
    rbindlist(lapply(fs, fread, sep = "|", skip = 5, header = TRUE, showProgress = FALSE)))
  rows <- sum(vapply(tables, nrow, 0L))
} else if (mode == "xlsx") {
  rows <- 0L
  for (f in files) for (s in excel_sheets(f)) rows <- rows + nrow(read_excel(f, sheet = s, skip = 5))
} else stop("mode must be text or xlsx")
cat(rows, "\n")
