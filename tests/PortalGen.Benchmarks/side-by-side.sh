#!/usr/bin/env bash
# PortalGen and Hugo, side by side on the same generated corpus (../shared/bench/gen-corpus.py):
# a clean build of each, alternately, one warm-up and then RUNS timed runs each, and PortalGen's
# no-change rebuild (a second build into the same output). Prints a Markdown table of medians
# (min–max), CPU time (user + system: less swayed than wall time by other work on the machine) and
# peak RSS from /usr/bin/time.
#   tests/PortalGen.Benchmarks/side-by-side.sh [--sizes 1000,10000] [--runs 5] [--photos K] [--work DIR] [--ready-to-run]
# --photos K gives K releases of each corpus a 3000×2000 photo: clean builds then start from an empty image
# cache (PortalGen's --image-cache folder, Hugo's resources/), and a second table times clean builds from a
# warm one (the variants made by the build before).
# PortalGen is published with Native AOT (clang, from Debian's packages when missing); --ready-to-run
# publishes the JIT form instead, precompiled ReadyToRun, for a machine without clang or to compare.
# Output goes to tmpfs (/dev/shm) by default: on disk, repeated builds slow down in kernel time.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sizes=1000,10000
runs=5
photos=0
work=/dev/shm/portalgen-bench
form="Native AOT"
publish=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --photos) photos="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --ready-to-run) form=ReadyToRun publish=(-p:PublishAot=false --self-contained false); shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

corpus_script="$root/../shared/bench/gen-corpus.py"
[ -f "$corpus_script" ] || { echo "gen-corpus.py not found beside the repository (../shared/bench/)" >&2; exit 2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
    echo "installing $* from Debian's packages" >&2
    as_root apt-get update -qq >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v hugo >/dev/null || apt_install hugo
[ -x /usr/bin/time ] || apt_install time
[ "$form" != "Native AOT" ] || command -v clang >/dev/null || apt_install clang

mkdir -p "$work"
# Precompiled either way: the CLI's start-up and first pages otherwise spend most of a 1,000-release build in the JIT.
echo "publishing the portalgen CLI (Release, $form)" >&2
rm -rf "$work/cli"
dotnet publish "$root/generator/PortalGen.Cli" -c Release -r linux-x64 "${publish[@]}" -o "$work/cli" -nologo >"$work/publish.log" 2>&1 ||
    { cat "$work/publish.log" >&2; exit 1; }
portalgen="$work/cli/PortalGen.Cli"

# One timed command: appends "wall_seconds peak_rss_kb cpu_seconds" (user + system) to the file $1.
timed() {
    local into="$1"; shift
    /usr/bin/time -f "%e %M %U %S" -o "$work/last.time" "$@" >/dev/null 2>"$work/last.err" || { cat "$work/last.err" >&2; exit 1; }
    awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/last.time" >>"$into"
}

results="$work/results"
rm -rf "$results"
mkdir -p "$results"
IFS=',' read -ra size_list <<<"$sizes"
for n in "${size_list[@]}"; do
    for flavor in portalgen hugo; do
        if [ ! -d "$work/corpus-$flavor-$n-p$photos" ]; then
            echo "generating the $flavor corpus of $n releases ($photos photos)" >&2
            python3 "$corpus_script" --articles "$n" --photos "$photos" --flavor "$flavor" --out "$work/corpus-$flavor-$n-p$photos" >/dev/null
        fi
    done

    content="$work/corpus-portalgen-$n-p$photos/content"
    templates="$work/corpus-portalgen-$n-p$photos/templates"
    hugo_site="$work/corpus-hugo-$n-p$photos"
    image_cache="$work/image-cache"
    portalgen_build() { timed "$1" "$portalgen" build --content "$content" --templates "$templates" --output "$work/out-portalgen" --image-cache "$image_cache"; }
    portalgen_clean() { rm -rf "$work/out-portalgen" "$image_cache"; portalgen_build "$1"; }
    portalgen_warm() { rm -rf "$work/out-portalgen"; portalgen_build "$1"; }
    hugo_build() { timed "$1" hugo --quiet --source "$hugo_site" --destination "$work/out-hugo"; }
    hugo_clean() { rm -rf "$work/out-hugo" "$hugo_site/resources"; hugo_build "$1"; }
    hugo_warm() { rm -rf "$work/out-hugo"; hugo_build "$1"; }

    echo "N = $n: warm-up, then $runs runs of each, alternately" >&2
    portalgen_clean /dev/null
    hugo_clean /dev/null
    for ((run = 1; run <= runs; run++)); do
        portalgen_clean "$results/$n.portalgen"
        hugo_clean "$results/$n.hugo"
    done

    # What each wrote: PortalGen's default theme makes more pages and files than the Hugo peer's plain layouts.
    echo "$(find "$work/out-portalgen" -type f | wc -l) $(du -sb "$work/out-portalgen" | cut -f1) $(find "$work/out-hugo" -type f | wc -l) $(du -sb "$work/out-hugo" | cut -f1)" >"$results/$n.files"

    # The output of the last clean build is in place: build again with nothing changed.
    for ((run = 1; run <= runs; run++)); do
        portalgen_build "$results/$n.rebuild"
    done

    if [ "$photos" -gt 0 ]; then
        # Both image caches are warm now (the last clean builds filled them): clean output, variants reused.
        for ((run = 1; run <= runs; run++)); do
            portalgen_warm "$results/$n.portalgen-warm"
            hugo_warm "$results/$n.hugo-warm"
        done
        find "$work/out-portalgen" -type f -regex '.*\.[0-9]+x[0-9]+\.[0-9a-f]+\.\(webp\|jpg\|png\)' | wc -l >"$results/$n.variants"
        find "$work/out-hugo" -type f -name '*_hu*' | wc -l >>"$results/$n.variants"
    fi
done

python3 - "$results" "$photos" "${size_list[@]}" <<'PY'
import os, statistics, sys
folder, photos, sizes = sys.argv[1], int(sys.argv[2]), sys.argv[3:]

def read(name):
    rows = [line.split() for line in open(f"{folder}/{name}") if line.strip()]
    return [float(r[0]) for r in rows], [int(r[1]) for r in rows], [float(r[2]) for r in rows]

def cell(times):
    return f"{statistics.median(times):.2f} s ({min(times):.2f}–{max(times):.2f})"

def mb(rss):
    return f"{statistics.median(rss) / 1024:.0f} MB (max {max(rss) / 1024:.0f})"

print("| N | PortalGen clean | Hugo clean | PortalGen / Hugo | CPU PortalGen / Hugo | PortalGen no-change rebuild | rebuild / clean | peak RSS PortalGen | peak RSS Hugo |")
print("|---:|---|---|---:|---|---|---:|---:|---:|")
for n in sizes:
    pg, pg_rss, pg_cpu = read(f"{n}.portalgen")
    hugo, hugo_rss, hugo_cpu = read(f"{n}.hugo")
    rebuild, _, _ = read(f"{n}.rebuild")
    ratio = statistics.median(pg) / statistics.median(hugo)
    again = statistics.median(rebuild) / statistics.median(pg)
    cpu = f"{statistics.median(pg_cpu):.2f} s / {statistics.median(hugo_cpu):.2f} s"
    print(f"| {int(n):,} | {cell(pg)} | {cell(hugo)} | {ratio:.2f} | {cpu} | {cell(rebuild)} | {again:.2f} | {mb(pg_rss)} | {mb(hugo_rss)} |")
if photos:
    print(f"\nWith {photos} photos of 3000×2000, clean builds from a warm image cache:\n")
    print("| N | PortalGen warm | Hugo warm | PortalGen / Hugo | CPU PortalGen / Hugo | variants PortalGen / Hugo |")
    print("|---:|---|---|---:|---|---|")
    for n in sizes:
        pg, _, pg_cpu = read(f"{n}.portalgen-warm")
        hugo, _, hugo_cpu = read(f"{n}.hugo-warm")
        made = " / ".join(line.strip() for line in open(f"{folder}/{n}.variants"))
        cpu = f"{statistics.median(pg_cpu):.2f} s / {statistics.median(hugo_cpu):.2f} s"
        print(f"| {int(n):,} | {cell(pg)} | {cell(hugo)} | {statistics.median(pg) / statistics.median(hugo):.2f} | {cpu} | {made} |")
print()
for n in sizes:
    pg_files, pg_bytes, hugo_files, hugo_bytes = (int(v) for v in open(f"{folder}/{n}.files").read().split())
    print(f"N = {int(n):,}: PortalGen wrote {pg_files:,} files ({pg_bytes / 1e6:.0f} MB), Hugo {hugo_files:,} files ({hugo_bytes / 1e6:.0f} MB).")
PY
# Other work on the machine shows in the wall times: say how busy it was.
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(hugo version | cut -d' ' -f1-2)."
