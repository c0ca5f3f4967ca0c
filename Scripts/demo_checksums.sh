#!/usr/bin/env bash
# What each klynge command of `make demo` (and the other commands, on the default dataset) prints on
# stdout, its exit code and the files it writes, with their sha256: run it before and after a
# refactoring and compare the two .sha256 files (usage: Scripts/demo_checksums.sh BINARY OUTDIR).
set -u
BIN=$1; OUT=$2; D=Datasets/norwegian-health-supercluster
mkdir -p "$OUT/files"
run() { local name=$1; shift; "$BIN" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"; echo $? > "$OUT/$name.rc"; }
run validate validate $D
run stats stats $D
run centrality centrality $D --measures betweenness,degree,pagerank,core --top 15
run brokers brokers $D --top 10
run match match $D --profile "kind=company;topics=fall detection,welfare technology;county=Vestland" --kind municipality --top 5 --explain --map "$OUT/files/match.svg"
run report-html report $D --format html -o "$OUT/files/report.html"
run report-md report $D --format md -o "$OUT/files/report.md"
run map map $D -o "$OUT/files/supercluster.svg"
run map-brokers map $D --kind brokers -o "$OUT/files/brokers.svg"
# beyond the demo: the other commands' stdout
run consortium consortium $D --topics "welfare technology,fall detection" --roles municipality,hospital,company,university
run evaluate evaluate $D --split-year 2022 --seeker-kind company --target-kind municipality --format json
run evaluate-md evaluate $D --split-year 2022 --seeker-kind company --target-kind municipality --format md
run consortium-json consortium $D --topics "welfare technology,fall detection" --roles municipality,hospital,company,university --format json
run stats-json stats $D --format json
run brokers-csv brokers $D --format csv
run match-json match $D --for m0001 --top 10 --format json
run match-md match $D --for m0001 --top 10 --format md --explain
run export-dot export $D --to dot
run export-gexf export $D --to gexf
run centrality-classic centrality Datasets/sna-classic/florentine.edges --measures betweenness,degree --top 3
cd "$OUT" && sha256sum *.out *.rc files/* > "$OUT.sha256"
