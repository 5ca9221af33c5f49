#!/usr/bin/env bash
# How many methods the runtime compiles while ImpHa's generator runs in a new compiler process: most of the
# generator's cold time is this JIT work, and unlike a timing the count does not move with the machine's load.
#
#   tests/ImpHa.Benchmarks/BuildCost/count-jit.sh [BEFORE-DLL]
#
# Builds an empty net8.0 library (as measure-footprint.sh does) once to capture the compiler's arguments, then runs the
# compiler with the runtime's JIT summary on (DOTNET_JitStdOutFile) and counts what is compiled from the last
# generator's Initialize to the analyzers' start, leaving out the SDK's own generators (Interop, Regex, JSON). Prints the
# total, the generic instantiations over value types among them, and ImpHa's own methods; with BEFORE-DLL (another
# build's ImpHa.Analyzers.dll, its ImpHa.Core.dll beside it) the same for that build. Not part of `dotnet test`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty"
printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <TargetFramework>net8.0</TargetFramework>\n    <Nullable>enable</Nullable>\n    <ImplicitUsings>disable</ImplicitUsings>\n  </PropertyGroup>\n</Project>\n' >"$work/empty/Empty.csproj"
printf 'namespace Empty\n{\n    /// <summary>The library'"'"'s only type.</summary>\n    public sealed class Placeholder\n    {\n    }\n}\n' >"$work/empty/Placeholder.cs"
source "$here/csc-args.sh"
capture_csc_args "$work/empty/Empty.csproj" "$work"

count() { # RSP LABEL
  local jit="$work/jit.txt"
  rm -f "$jit"
  (cd "$work/empty" && DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$jit" dotnet exec "$csc" "@$1" >/dev/null 2>&1 || true)
  awk -v label="$2" '
    { sub(/^ *[0-9]+: JIT compiled /, "") }
    /Generator:Initialize\(/ { start = NR; n = 0; delete lines; next }
    /ImpHa\.Analyzers\.Analysis\.AnalyzerTables:Load/ { stop = 1 }
    start && !stop && !/Interop|RegularExpressions|Json/ { lines[++n] = $0 }
    END {
      last = 0
      for (i = 1; i <= n; i++) if (lines[i] ~ /^ImpHa\./ && lines[i] !~ /^ImpHa\.(Analyzers\.Analysis|Analyzers\.Diagnostics|Core\.Diagnostics)/) last = i
      total = 0; valuetype = 0; own = 0
      for (i = 1; i <= last; i++) {
        total++
        if (lines[i] ~ /ValueTuple|\[(bool|int|uint|byte|ushort|char|long)|KeyValuePair|Nullable|SourceLocation\]/) valuetype++
        if (lines[i] ~ /^ImpHa\./) own++
      }
      printf "%-8s %6d methods compiled while the generator ran, %5d of them generic over value types, %5d ImpHa'"'"'s own\n", label, total, valuetype, own
    }' "$jit"
}

count "$work/impha.rsp" now
if [[ -n "${1:-}" ]]; then
  swap_analyzer "$work/impha.rsp" "$1" "$work/before.rsp"
  count "$work/before.rsp" before
fi
