# Sourced by measure-csc.sh and measure-jit.sh: builds this checkout's analyzer, then PROJECT once with ImpHa and
# BannedApiAnalyzers injected (Measure.targets), and keeps the compiler's own arguments for replaying the compiler alone.
#   capture_csc_args PROJECT WORKDIR [MSBUILD-ARGS...]
# leaves WORKDIR/all.rsp (the arguments, minus the SDK targeting packs' analyzers unless IMPHA_KEEP_SDK_ANALYZERS=1),
# WORKDIR/impha.rsp (the same without BannedApiAnalyzers), and sets csc (the compiler's path) and impha_dll.
# IMPHA_SDK_ANALYZERS=1 builds with the SDK's analyzers on (EnableNETAnalyzers=true, the targeting packs' kept), as a
# project that leaves them on does; otherwise they are off, so that the modes differ in the measured analyzers only.
capture_csc_args() {
  local project=$1 work=$2 here repo
  shift 2
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  repo=$(cd "$here/../../.." && pwd)/
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
  dotnet build "$repo/src/ImpHa.Analyzers" -c Release -v:q -nologo >/dev/null
  # Warnings stay warnings: the analyzers measured must not fail a project that treats warnings as errors.
  local net_analyzers=false
  [[ -n "${IMPHA_SDK_ANALYZERS:-}" ]] && net_analyzers=true
  local common=(-p:Configuration=Release -nologo "-p:EnableNETAnalyzers=$net_analyzers" -p:TreatWarningsAsErrors=false -p:CodeAnalysisTreatWarningsAsErrors=false "-p:CustomAfterMicrosoftCommonTargets=$here/Measure.targets" "-p:ImpHaMeasureRepo=$repo" "-p:ImpHaMeasureWith=impha bannedapi" "$@")
  dotnet restore "$project" "${common[@]}" -v:q >/dev/null
  dotnet build "$project" "${common[@]}" --no-restore --no-incremental "-p:ImpHaMeasureRspFile=$work/all.rsp" -v:q >/dev/null
  csc=$(cat "$work/all.rsp.csc")
  impha_dll=${repo}src/ImpHa.Analyzers/bin/Release/netstandard2.0/ImpHa.Analyzers.dll
  [[ -n "${IMPHA_KEEP_SDK_ANALYZERS:-}${IMPHA_SDK_ANALYZERS:-}" ]] || sed -i '/^\/analyzer:.*\/packs\//d' "$work/all.rsp"
  grep -v -i bannedapi "$work/all.rsp" >"$work/impha.rsp"
}

# swap_analyzer RSP DLL OUT: RSP with another build of ImpHa.Analyzers.dll, and the ImpHa.Core.dll beside that build
# (dropped for a build from before the core existed).
swap_analyzer() {
  local rsp=$1 dll=$2 out=$3 core=${impha_dll%/*}/ImpHa.Core.dll
  if [[ -f ${dll%/*}/ImpHa.Core.dll ]]; then
    sed "s|/analyzer:$impha_dll|/analyzer:$dll|; s|/analyzer:$core|/analyzer:${dll%/*}/ImpHa.Core.dll|" "$rsp" >"$out"
  else
    sed "s|/analyzer:$impha_dll|/analyzer:$dll|; \|/analyzer:$core|d" "$rsp" >"$out"
  fi
}
