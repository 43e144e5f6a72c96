#!/usr/bin/env bash
# PortalGen and Hugo, side by side on the same generated corpus (tests/PortalGen.Corpus, written afresh
# each time, so never one of an older generator; the same bytes each time): a clean build of each,
# alternately, one warm-up and then RUNS timed runs each, and PortalGen's no-change rebuild (a second
# build into the same output). Prints a Markdown table of medians (min–max), CPU time (user + system:
# less swayed than wall time by other work on the machine) and peak RSS from /usr/bin/time.
#   tests/PortalGen.Benchmarks/side-by-side.sh [--sizes 1000,10000] [--runs 5] [--photos K] [--work DIR] [--ready-to-run] [--peer-layout]
# --photos K gives K releases of each corpus a 3000×2000 photo: clean builds then start from an empty image
# cache (PortalGen's --image-cache folder, Hugo's resources/), and a second table times clean builds from a
# warm one (the variants made by the build before).
# PortalGen is the installed tool, as a user gets it: packed (Release, Native AOT; clang from Debian's packages when
# missing) and installed with `dotnet tool install` from those packages; --ready-to-run publishes the JIT form
# instead, precompiled ReadyToRun, for a machine without clang or to compare.
# --peer-layout has PortalGen render the pages the Hugo peer's layouts make (peer-layout/, beside this script) and
# write its one feed format (Atom), in place of the default theme and its three: what the two programs cost for the
# same pages, apart from what the theme asks.
# Output goes to tmpfs (/dev/shm) by default: on disk, repeated builds slow down in kernel time.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
sizes=1000,10000
runs=5
photos=0
work=/dev/shm/portalgen-bench
form="Native AOT"
publish=()
peer_layout=false
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --photos) photos="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        --ready-to-run) form=ReadyToRun publish=(-p:PublishAot=false --self-contained false); shift ;;
        --peer-layout) peer_layout=true; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

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
rm -rf "$work/cli" "$work/packages" "$work/tool"
if [ "$form" = "Native AOT" ]; then
    echo "packing and installing the portalgen tool (Release, $form)" >&2
    { dotnet pack "$root/generator/PortalGen.Cli" -c Release -o "$work/packages" -nologo &&
      dotnet pack "$root/generator/PortalGen.Cli" -c Release -r linux-x64 -o "$work/packages" -nologo &&
      dotnet tool install PortalGen.Tool --tool-path "$work/tool" --add-source "$work/packages"; } >"$work/publish.log" 2>&1 ||
        { cat "$work/publish.log" >&2; exit 1; }
    portalgen="$work/tool/portalgen"
else
    echo "publishing the portalgen CLI (Release, $form)" >&2
    dotnet publish "$root/generator/PortalGen.Cli" -c Release -r linux-x64 "${publish[@]}" -o "$work/cli" -nologo >"$work/publish.log" 2>&1 ||
        { cat "$work/publish.log" >&2; exit 1; }
    portalgen="$work/cli/PortalGen.Cli"
fi
echo "building the corpus generator" >&2
rm -rf "$work/corpus-tool"
dotnet build "$root/tests/PortalGen.Corpus" -c Release -o "$work/corpus-tool" -nologo >"$work/corpus-build.log" 2>&1 ||
    { cat "$work/corpus-build.log" >&2; exit 1; }

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
    corpus="$work/corpus-$n-p$photos"
    echo "generating the corpus of $n releases ($photos photos)" >&2
    dotnet "$work/corpus-tool/PortalGen.Corpus.dll" --releases "$n" --photos "$photos" --out "$corpus" --force >&2

    content="$corpus/portalgen/content"
    templates="$corpus/portalgen/templates"
    if [ "$peer_layout" = true ]; then
        templates="$root/tests/PortalGen.Benchmarks/peer-layout"
        echo "feeds: [atom]" >>"$content/site.yml"
    fi
    hugo_site="$corpus/hugo"
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

# The table with sort, awk and sed, so that nothing beyond the .NET SDK and a base system is needed;
# decimal points whatever the machine's locale.
export LC_ALL=C
# "median min max" of column $2 (1 wall seconds, 2 peak RSS in KB, 3 CPU seconds) of the results file $1.
summary() { sort -g -k"$2,$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { printf "%.17g %s %s\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2), v[1], v[NR] }'; }
median() { summary "$1" "$2" | cut -d' ' -f1; }
cell() { summary "$1" 1 | awk '{ printf "%.2f s (%.2f–%.2f)", $1, $2, $3 }'; }
mb() { summary "$1" 2 | awk '{ printf "%.0f MB (max %.0f)", $1 / 1024, $3 / 1024 }'; }
cpu() { awk -v a="$(median "$1" 3)" -v b="$(median "$2" 3)" 'BEGIN { printf "%.2f s / %.2f s", a, b }'; }
ratio() { awk -v a="$(median "$1" 1)" -v b="$(median "$2" 1)" 'BEGIN { printf "%.2f", a / b }'; }
thousands() { sed ':a; s/\B[0-9]\{3\}\>/,&/; ta' <<<"$1"; }

echo "| N | PortalGen clean | Hugo clean | PortalGen / Hugo | CPU PortalGen / Hugo | PortalGen no-change rebuild | rebuild / clean | peak RSS PortalGen | peak RSS Hugo |"
echo "|---:|---|---|---:|---|---|---:|---:|---:|"
for n in "${size_list[@]}"; do
    r="$results/$n"
    echo "| $(thousands "$n") | $(cell "$r.portalgen") | $(cell "$r.hugo") | $(ratio "$r.portalgen" "$r.hugo") | $(cpu "$r.portalgen" "$r.hugo") | $(cell "$r.rebuild") | $(ratio "$r.rebuild" "$r.portalgen") | $(mb "$r.portalgen") | $(mb "$r.hugo") |"
done
if [ "$photos" -gt 0 ]; then
    echo
    echo "With $photos photos of 3000×2000, clean builds from a warm image cache:"
    echo
    echo "| N | PortalGen warm | Hugo warm | PortalGen / Hugo | CPU PortalGen / Hugo | variants PortalGen / Hugo |"
    echo "|---:|---|---|---:|---|---|"
    for n in "${size_list[@]}"; do
        r="$results/$n"
        echo "| $(thousands "$n") | $(cell "$r.portalgen-warm") | $(cell "$r.hugo-warm") | $(ratio "$r.portalgen-warm" "$r.hugo-warm") | $(cpu "$r.portalgen-warm" "$r.hugo-warm") | $(paste -sd/ "$r.variants" | sed 's|/| / |') |"
    done
fi
echo
for n in "${size_list[@]}"; do
    read -r pg_files pg_bytes hugo_files hugo_bytes <"$results/$n.files"
    echo "N = $(thousands "$n"): PortalGen wrote $(thousands "$pg_files") files ($(awk -v b="$pg_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB), Hugo $(thousands "$hugo_files") files ($(awk -v b="$hugo_bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB)."
done
# Other work on the machine shows in the wall times: say how busy it was.
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(hugo version | cut -d' ' -f1-2)."
[ "$peer_layout" = false ] || echo "PortalGen rendered the Hugo peer's pages (--peer-layout) and wrote Atom feeds only."
