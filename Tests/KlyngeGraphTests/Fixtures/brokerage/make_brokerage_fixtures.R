#!/usr/bin/env Rscript
# Gould-Fernandez brokerage reference values from R sna::brokerage (Debian r-cran-sna).
# Run from the repo root after make_brokerage_fixtures.py (which writes NAME.groups.tsv):
#   Rscript Tests/KlyngeGraphTests/Fixtures/brokerage/make_brokerage_fixtures.R
# Writes NAME.sna.csv: node, then raw.nli, exp.nli, sd.nli and z.nli columns (w_I w_O b_IO b_OI b_O t).
# An undirected graph is given to sna as a symmetric matrix: each edge counts in both directions.
suppressMessages(library(sna))
args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("--file=", "", args[grep("--file=", args)])))
fixtures <- dirname(here)
graphs <- c("florentine", "karate", "lesmis", "davis", "directed", "directed_weighted", "gnp250_directed",
            "gnp300", "disconnected", "star8", "path10", "ba400")
for (name in graphs) {
  lines <- readLines(file.path(fixtures, paste0(name, ".edges")), encoding = "UTF-8")
  directed <- any(lines == "# directed: true")
  body <- lines[!startsWith(lines, "#") & nchar(lines) > 0]
  parts <- strsplit(body, "\t", fixed = TRUE)
  src <- sapply(parts, `[`, 1); dst <- sapply(parts, `[`, 2)
  groups <- read.delim(file.path(here, paste0(name, ".groups.tsv")), colClasses = c("character", "integer"),
                       encoding = "UTF-8", quote = "")
  ids <- groups$node
  n <- length(ids)
  m <- matrix(0, n, n)
  i <- match(src, ids); j <- match(dst, ids)
  m[cbind(i, j)] <- 1
  if (!directed) m[cbind(j, i)] <- 1
  b <- brokerage(m, groups$group)
  cols <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")
  out <- data.frame(node = ids)
  for (part in c("raw.nli", "exp.nli", "sd.nli", "z.nli")) {
    x <- b[[part]]
    for (k in seq_along(cols)) out[[paste0(sub(".nli", "", part, fixed = TRUE), "_", cols[k])]] <- x[, k]
  }
  write.csv(format(out, digits = 17), file.path(here, paste0(name, ".sna.csv")), row.names = FALSE, quote = TRUE)
  cat(name, n, "nodes\n")
}
