#!/usr/bin/env bash
# What ImpHa's analyzer costs in a real build, side by side with BannedApiAnalyzers and with analyzers off.
#
#   tests/ImpHa.Benchmarks/BuildCost/measure-build-cost.sh PROJECT [RUNS] [MSBUILD-ARGS...]
#
# PROJECT is any .csproj; ImpHa (this checkout's Release build, with the shipped tables) is injected through
# CustomAfterMicrosoftCommonTargets, so the project needs no change. Per run, interleaved, three full rebuilds:
#   off     ImpHa's generator, analyzers off (-p:RunAnalyzersDuringBuild=false)
#   impha   ImpHa's generator and analyzer
#   both    ImpHa and Microsoft.CodeAnalysis.BannedApiAnalyzers 5.6.0 (BannedSymbols.txt beside this script)
# and prints the Csc task time of each, the analyzer times that -p:ReportAnalyzer=true reports, and medians.
#   before  with IMPHA_BEFORE=DLL set: another build of ImpHa.Analyzers.dll (an earlier commit) instead of this one
# EnableNETAnalyzers=false, so only these analyzers run. Not part of `dotnet test`.
set -euo pipefail
project=${1:?usage: measure-build-cost.sh PROJECT [RUNS] [MSBUILD-ARGS...]}
runs=${2:-5}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)/
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$repo/src/ImpHa.Analyzers" -c Release -v:q -nologo >/dev/null
common=(-p:Configuration=Release -nologo -p:EnableNETAnalyzers=false "-p:CustomAfterMicrosoftCommonTargets=$here/Measure.targets" "-p:ImpHaMeasureRepo=$repo" "$@")

log=$(mktemp)
trap 'rm -f "$log"' EXIT
build() { # MODE -> "csc_ms impha_s banned_s"
  local mode=$1 with=impha analyzers=true analyzer=()
  case $mode in
    off) analyzers=false ;;
    both) with="impha bannedapi" ;;
    before) analyzer=("-p:ImpHaMeasureAnalyzer=$IMPHA_BEFORE") ;;
  esac
  # Restored per mode: the assets file decides which analyzer packages the build passes to the compiler.
  dotnet restore "$project" "${common[@]}" "-p:ImpHaMeasureWith=$with" -v:q >/dev/null
  dotnet build "$project" "${common[@]}" --no-restore --no-incremental "-p:ImpHaMeasureWith=$with" \
    "${analyzer[@]}" -p:RunAnalyzersDuringBuild=$analyzers -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary >"$log" 2>&1 || { tail -20 "$log"; exit 1; }
  awk '
    /^ +[0-9]+ ms +Csc +[0-9]+ calls/ { csc = $1 }
    /Total analyzer execution time/ { section = "analyzers" }
    /Total generator execution time/ { section = "generators" }
    section == "analyzers" && /^ +[0-9.]+ +[0-9]+ +ImpHa\.Analyzers, / { impha = $1 }
    section == "analyzers" && /^ +[0-9.]+ +[0-9]+ +Microsoft\.CodeAnalysis(\.CSharp)?\.BannedApiAnalyzers, / { banned += $1 }
    END { printf "%s %s %s\n", csc, (impha == "" ? "-" : impha), (banned == 0 ? "-" : banned) }' "$log"
}

printf '%-4s %-6s %10s %12s %14s\n' run mode csc_ms impha_s bannedapi_s
modes=(off impha both)
[[ -n "${IMPHA_BEFORE:-}" ]] && modes+=(before)
results=()
for ((run = 1; run <= runs; run++)); do
  for mode in "${modes[@]}"; do
    read -r csc impha banned < <(build $mode)
    printf '%-4s %-6s %10s %12s %14s\n' "$run" "$mode" "$csc" "$impha" "$banned"
    results+=("$mode $csc $impha $banned")
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "medians of $runs runs:"
for mode in "${modes[@]}"; do
  csc=$(printf '%s\n' "${results[@]}" | awk -v m=$mode '$1 == m { print $2 }' | median)
  impha=$(printf '%s\n' "${results[@]}" | awk -v m=$mode '$1 == m && $3 != "-" { print $3 }' | median)
  banned=$(printf '%s\n' "${results[@]}" | awk -v m=$mode '$1 == m && $4 != "-" { print $4 }' | median)
  printf '%-6s csc %s ms, ImpHa analyzer %s s, BannedApiAnalyzers %s s\n' "$mode" "$csc" "$impha" "$banned"
done
