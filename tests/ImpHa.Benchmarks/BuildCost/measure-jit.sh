#!/usr/bin/env bash
# Which of ImpHa's methods the runtime compiles while the analyzer runs in a new compiler process, and for how long:
# in a cold `csc` that, more than the analyzer's own work, is what its time per build is made of.
#
#   tests/ImpHa.Benchmarks/BuildCost/measure-jit.sh PROJECT [RUNS] [MSBUILD-ARGS...]
#
# Captures the compiler's arguments as measure-csc.sh does, then per run records the runtime's JIT events with
# dotnet-trace (installed into a temporary folder from the NuGet feed) and prints what JitCost/ reads from them.
# With IMPHA_BEFORE=DLL (a file named ImpHa.Analyzers.dll), each run also traces that build, for a side-by-side.
# IMPHA_JIT_ALL=generator lists what is compiled from the generator's start to the analyzer's, by namespace;
# IMPHA_JIT_ALL=1 also lists the framework's methods compiled on ImpHa's threads (generic instantiations it causes).
# Tracing slows the JIT itself: compare runs with each other, not with untraced times. Not part of `dotnet test`.
set -euo pipefail
project=${1:?usage: measure-jit.sh PROJECT [RUNS] [MSBUILD-ARGS...]}
runs=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$(dirname "$project")" && pwd)/$(basename "$project")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$here/csc-args.sh"
capture_csc_args "$project" "$work" "$@"
dotnet tool install dotnet-trace --version 10.0.750501 --tool-path "$work/tools" >/dev/null
dotnet build "$here/JitCost" -c Release -v:q -nologo >/dev/null
modes=(impha)
if [[ -n "${IMPHA_BEFORE:-}" ]]; then
  swap_analyzer "$work/impha.rsp" "$IMPHA_BEFORE" "$work/before.rsp"
  modes+=(before)
fi

for ((run = 1; run <= runs; run++)); do
  for mode in "${modes[@]}"; do
    (cd "$(dirname "$project")" && "$work/tools/dotnet-trace" collect --providers 'Microsoft-Windows-DotNETRuntime:0x18:5' \
      -o "$work/$mode.nettrace" -- dotnet exec "$csc" "@$work/$mode.rsp" >/dev/null 2>&1)
    echo "run $run, $mode:"
    dotnet "$here/JitCost/bin/Release/net10.0/ImpHa.MeasureJit.dll" "$work/$mode.nettrace" "${IMPHA_TOP:-8}" ${IMPHA_JIT_ALL:+$([[ $IMPHA_JIT_ALL == generator ]] && echo generator || echo all)} | sed 's/^/  /'
  done
done
