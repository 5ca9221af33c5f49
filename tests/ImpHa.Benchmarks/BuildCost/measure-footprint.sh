#!/usr/bin/env bash
# What ImpHa adds to an empty library: output assembly bytes, generated source characters and the generator's
# own time in a new compiler process (no compiler server, as in CI or a first build).
#
#   tests/ImpHa.Benchmarks/BuildCost/measure-footprint.sh [RUNS] [LABEL=MSBUILD-ARGS ...]
#
# An empty net8.0 class library (one public class) is built in Release, interleaved per run:
#   off     without ImpHa
#   LABEL   with ImpHa (this checkout's Release build and shipped tables, injected as measure-build-cost.sh does)
#           and the MSBuild arguments after '=' (space-separated), e.g. all= login="-p:ImpHaGenerate=login"
#   floorgen… a label starting so: no ImpHa, its tables read by the floor generator (Floor/), which emits nothing:
#           what any generator over the same files pays in a new process
# Default labels: all= (ImpHa as the package adds it) and selected="-p:ImpHaProfile=15000 -p:ImpHaDeployment=ActiveActive".
# Prints per build the DLL size, the generated source size and ImpHa's generator time (ReportAnalyzer), then
# medians. Not part of `dotnet test`.
set -euo pipefail
runs=${1:-5}
shift $(( $# >= 1 ? 1 : 0 ))
variants=("$@")
[[ ${#variants[@]} -eq 0 ]] && variants=("all=" "selected=-p:ImpHaProfile=15000 -p:ImpHaDeployment=ActiveActive")
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)/
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build "$repo/src/ImpHa.Analyzers" -c Release -v:q -nologo >/dev/null
dotnet build "$here/Floor" -c Release -v:q -nologo >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/Empty.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
</Project>
XML
printf 'namespace Empty\n{\n    /// <summary>The library'"'"'s only type.</summary>\n    public sealed class Placeholder\n    {\n    }\n}\n' >"$work/Placeholder.cs"

log="$work/build.log"
build() { # WITH ARGS... -> "dll_bytes generated_chars generator_s"
  local with=$1
  shift
  rm -rf "$work/bin" "$work/obj" "$work/generated"
  local common=(-p:Configuration=Release -nologo -p:UseSharedCompilation=false "-p:CustomAfterMicrosoftCommonTargets=$here/Measure.targets" "-p:ImpHaMeasureRepo=$repo" "-p:ImpHaMeasureWith=$with")
  dotnet restore "$work/Empty.csproj" "${common[@]}" "$@" -v:q >"$log" 2>&1 || { tail -20 "$log" >&2; echo failed; return; }
  dotnet build "$work/Empty.csproj" "${common[@]}" "$@" --no-restore -p:ReportAnalyzer=true -v:d >"$log" 2>&1 || { tail -20 "$log" >&2; echo failed; return; }
  local dll=$(stat -c %s "$work/bin/Release/net8.0/Empty.dll")
  local chars=0
  if [[ -d "$work/generated/ImpHa.Analyzers" ]]; then
    chars=$(find "$work/generated/ImpHa.Analyzers" -name '*.cs' -exec cat {} + | wc -m)
  fi
  local gen=$(awk '
    /Total generator execution time/ { section = "generators" }
    /Total analyzer execution time/ { section = "analyzers" }
    section == "generators" && /^ +[0-9.]+ +[<0-9]+ +ImpHa\.(Analyzers|MeasureFloor), / { t = $1 }
    END { print (t == "" ? "-" : t) }' "$log")
  echo "$dll $chars $gen"
}

printf '%-4s %-12s %10s %12s %12s\n' run mode dll_bytes gen_chars generator_s
results=()
for ((run = 1; run <= runs; run++)); do
  read -r dll chars gen < <(build none)
  printf '%-4s %-12s %10s %12s %12s\n' "$run" off "$dll" "$chars" "$gen"
  results+=("off $dll $chars $gen")
  for variant in "${variants[@]}"; do
    label=${variant%%=*}
    read -r -a args <<<"${variant#*=}"
    with=impha
    [[ $label == floorgen* ]] && with=floorgen
    read -r dll chars gen < <(build "$with" "${args[@]}")
    [[ $dll == failed ]] && { echo "the build for '$label' failed (its last lines are above)" >&2; exit 1; }
    printf '%-4s %-12s %10s %12s %12s\n' "$run" "$label" "$dll" "$chars" "$gen"
    results+=("$label $dll $chars $gen")
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "medians of $runs runs:"
off=$(printf '%s\n' "${results[@]}" | awk '$1 == "off" { print $2 }' | median)
for label in off $(for v in "${variants[@]}"; do echo "${v%%=*}"; done); do
  dll=$(printf '%s\n' "${results[@]}" | awk -v m="$label" '$1 == m { print $2 }' | median)
  chars=$(printf '%s\n' "${results[@]}" | awk -v m="$label" '$1 == m { print $3 }' | median)
  gen=$(printf '%s\n' "${results[@]}" | awk -v m="$label" '$1 == m && $4 != "-" { print $4 }' | median)
  printf '%-12s dll %s bytes (+%s), generated %s chars, generator %s s\n' "$label" "$dll" "$((dll - off))" "$chars" "$gen"
done
