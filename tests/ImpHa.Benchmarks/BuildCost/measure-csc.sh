#!/usr/bin/env bash
# What ImpHa's analyzer adds to the compiler, measured on the compiler alone: no MSBuild around it.
#
#   tests/ImpHa.Benchmarks/BuildCost/measure-csc.sh PROJECT [RUNS] [MSBUILD-ARGS...]
#
# Builds PROJECT once with ImpHa and BannedApiAnalyzers injected (Measure.targets) to capture the compiler's
# arguments, then runs the compiler (`dotnet exec csc.dll @args`, a new process each time, as
# UseSharedCompilation=false builds do) RUNS times per mode, interleaved:
#   off     ImpHa's generator only, analyzers skipped (/skipanalyzers+, what RunAnalyzersDuringBuild=false passes)
#   FLOOR0nn  ImpHa's generator and one of the analyzers in Floor/ that register an action and do nothing in it,
#           ImpHa's own analyzer switched off by a global config: what an analyzer of that shape costs before doing
#           anything. IMPHA_FLOORS lists which (default FLOOR001: what ImpHa registers, a per-tree semantic-model
#           action and a compilation-end action).
#   impha   ImpHa's generator and analyzer
#   banned  ImpHa and Microsoft.CodeAnalysis.BannedApiAnalyzers 5.6.0 (BannedSymbols.txt beside this script)
#   without the same compile without ImpHa (neither its generator nor its analyzer): the project as it was
#   bannedonly  without ImpHa, with BannedApiAnalyzers (IMPHA_MODES="without impha bannedonly": adding ImpHa against
#           adding BannedApiAnalyzers to the same build)
#   before  with IMPHA_BEFORE=DLL set: another build of ImpHa.Analyzers.dll instead of this one (the file must keep that
#           name: the compiler loads an analyzer only from a file named as its assembly); IMPHA_BEFORE="a=DLL b=DLL"
#           measures several builds, one mode per name (interleaved with the others, for a bisect)
# The analyzers and generators of the SDK's targeting packs (Microsoft.Interop.*, System.Text.Json's and Regex's, which a
# net5.0+ project gets) are left out of every mode, so that "off" and the others differ in the measured analyzers only;
# IMPHA_KEEP_SDK_ANALYZERS=1 keeps them. IMPHA_MODES="off FLOOR003 impha" runs only the modes it lists.
# Each run prints wall time, CPU time (user + system: the work done, less disturbed by a busy two-core machine than
# wall time), and the analyzers' own times from /reportanalyzer (passed in every mode with analyzers);
# then medians and each mode's difference from off, and the medians of per-run ratios to off (paired.awk). Not part of
# `dotnet test`.
set -euo pipefail
project=${1:?usage: measure-csc.sh PROJECT [RUNS] [MSBUILD-ARGS...]}
runs=${2:-9}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)/
project=$(cd "$(dirname "$project")" && pwd)/$(basename "$project")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/csc-args.sh"
capture_csc_args "$project" "$work" "$@"
dotnet build "$here/Floor" -c Release -v:q -nologo >/dev/null
floor_dll=$here/Floor/bin/Release/netstandard2.0/ImpHa.MeasureFloor.dll
cp "$work/all.rsp" "$work/banned.rsp"
{ cat "$work/impha.rsp"; echo '"/skipanalyzers+"'; } >"$work/off.rsp"
grep -v -e "/analyzer:${impha_dll%/*}/" "$work/impha.rsp" >"$work/without.rsp"
grep -v -e "/analyzer:${impha_dll%/*}/" "$work/all.rsp" >"$work/bannedonly.rsp"

floors=(${IMPHA_FLOORS:-FLOOR001})
impha_ids=$(grep -o 'IMPHA0[0-9][0-9]' "${repo}src/ImpHa.Analyzers/AnalyzerReleases.Shipped.md" "${repo}src/ImpHa.Analyzers/AnalyzerReleases.Unshipped.md" | cut -d: -f2 | sort -u)
floor_ids=$(grep -o '"FLOOR0[0-9][0-9]"' "$here/Floor/EmptyTreeAnalyzer.cs" | tr -d '"' | sort -u)
for floor in "${floors[@]}"; do
  # Every analyzer but the one measured is switched off; the driver then does not run them at all.
  { echo "is_global = true"; printf '%s\n' $impha_ids $floor_ids | grep -vx "$floor" | sed 's/.*/dotnet_diagnostic.&.severity = none/'; } >"$work/$floor.globalconfig"
  { cat "$work/impha.rsp"; echo "\"/analyzer:$floor_dll\""; echo "\"/analyzerconfig:$work/$floor.globalconfig\""; } >"$work/$floor.rsp"
done
modes=(off "${floors[@]}" impha banned)
# IMPHA_BEFORE=DLL adds mode "before"; IMPHA_BEFORE="name=DLL name2=DLL2" adds one mode per named build (a bisect).
for entry in ${IMPHA_BEFORE:-}; do
  [[ $entry == *=* ]] && name=${entry%%=*} dll=${entry#*=} || name=before dll=$entry
  swap_analyzer "$work/impha.rsp" "$dll" "$work/$name.rsp"
  modes+=("$name")
done

[[ -n "${IMPHA_MODES:-}" ]] && modes=(${IMPHA_MODES})

compile() { # MODE -> "wall_s cpu_s impha_s banned_s floor_s"
  local mode=$1 report=/reportanalyzer
  [[ $mode == off ]] && report=
  (cd "$(dirname "$project")" && /usr/bin/time -f '%e %U %S' -o "$work/time" dotnet exec "$csc" "@$work/$mode.rsp" $report >"$work/out" 2>&1) ||
    { grep -E 'error' "$work/out" | head -5; exit 1; }
  read -r wall user system <"$work/time"
  if [[ $mode != off && $mode != FLOOR* && $mode != without && $mode != bannedonly ]] && ! grep -q '^ *[<0-9.]* *[0-9]* *ImpHa\.Analyzers, ' "$work/out"; then
    echo "error: ImpHa's analyzer did not run in mode $mode:" >&2; grep -m3 -E 'warning CS8034|error' "$work/out" >&2; exit 1
  fi
  awk -v wall="$wall" -v cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" '
    /Total analyzer execution time/ { section = "analyzers" }
    /Total generator execution time/ { section = "generators" }
    function seconds(text) { return text ~ /^</ ? 0 : text }
    section == "analyzers" && /^ *[<0-9.]+ +[<0-9]+ +ImpHa\.Analyzers, / { impha = seconds($1) }
    section == "analyzers" && /^ *[<0-9.]+ +[<0-9]+ +Microsoft\.CodeAnalysis(\.CSharp)?\.BannedApiAnalyzers, / { banned += seconds($1) }
    section == "analyzers" && /^ *[<0-9.]+ +[<0-9]+ +ImpHa\.MeasureFloor, / { floor = seconds($1) }
    END { printf "%s %s %s %s %s\n", wall, cpu, (impha == "" ? "-" : impha), (banned == "" ? "-" : banned), (floor == "" ? "-" : floor) }' "$work/out"
}

printf '%-4s %-8s %8s %8s %9s %9s %9s\n' run mode wall_s cpu_s impha_s banned_s floor_s | tee "$work/runs"
results=()
for ((run = 1; run <= runs; run++)); do
  for mode in "${modes[@]}"; do
    line=$(compile "$mode")
    printf '%-4s %-8s %8s %8s %9s %9s %9s\n' "$run" "$mode" $line | tee -a "$work/runs"
    results+=("$mode $line")
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { printf '%s\n' "${results[@]}" | awk -v m="$1" -v c="$2" '$1 == m && $c != "-" { print $c }' | median; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f %%", (a / b - 1) * 100 }'; }
echo
# Differences are against "off", or against "without" where off is not among the modes.
base=off
[[ " ${modes[*]} " == *" off "* ]] || base=${modes[0]}
echo "medians of $runs runs ($(basename "$project"), $(grep -c '\.cs"\?$' "$work/impha.rsp") source files), differences against $base:"
off_wall=$(column_median "$base" 2) off_cpu=$(column_median "$base" 3)
for mode in "${modes[@]}"; do
  wall=$(column_median "$mode" 2) cpu=$(column_median "$mode" 3)
  printf '%-8s wall %6.2f s (%s)  cpu %6.2f s (%s)  own: ImpHa %s s, BannedApi %s s, floor %s s\n' "$mode" "$wall" "$(percent "$wall" "$off_wall")" \
    "$cpu" "$(percent "$cpu" "$off_cpu")" "$(column_median "$mode" 4)" "$(column_median "$mode" 5)" "$(column_median "$mode" 6)"
done
echo
echo "per run, against the same run's $base (median, lowest .. highest):"
awk -v base="$base" -f "$here/paired.awk" "$work/runs" | sort
