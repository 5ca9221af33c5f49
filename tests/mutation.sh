#!/usr/bin/env bash
# Mutation testing of where the rules live: Stryker.NET 5.1.0 (installed into a temporary folder) over the domain
# rules and table readers (ImpHa.Core), the analyzer's rules and write readers and the emitters (ImpHa.Analyzers),
# each with the test projects that exercise it. Not part of CI; see docs/mutation.md.
#
#   tests/mutation.sh [SCOPE ...]      scopes: domain readers rules writes emit (default: all five), or analysis
#                                      (rules and writes in one run: the analyzer's mutants are compiled once)
#   IMPHA_MUTATE="glob" tests/mutation.sh domain    mutate only the files the glob names, within the scope's project
#   IMPHA_MUTATION_TESTS="Unit" …                   only these test projects (a quick probe)
#   IMPHA_MUTATION_FILTER="expr" …                  a dotnet test --filter for the run ("" runs every test)
#
# Fuzz counts shrink for the run (every mutant reruns the tests that cover it); the normal suite keeps its counts.
# Reports land in artifacts/mutation/<scope>/; the per-folder table (logic mutants apart from string literals) is
# printed at the end by tests/Mutation/summarize.cs.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
scopes=("$@")
[[ ${#scopes[@]} -eq 0 ]] && scopes=(domain readers rules writes emit)
export IMPHA_FUZZ_CASES=${IMPHA_FUZZ_CASES:-300} IMPHA_FUZZ_WIRE_CASES=${IMPHA_FUZZ_WIRE_CASES:-20} IMPHA_FUZZ_CSHARP_CASES=${IMPHA_FUZZ_CSHARP_CASES:-20}
# The typing test analyses a prefix every 190 characters instead of every 19 (13 prefixes instead of 128).
export IMPHA_PREFIX_STRIDE=${IMPHA_PREFIX_STRIDE:-190}
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
dotnet tool install dotnet-stryker --version 5.1.0 --tool-path "$tools" >/dev/null

# scope -> "project|mutate globs, space-separated|test projects (the first is where Stryker runs)|test filter"
rules_glob='**/Analysis/Rules/**/*.cs' writes_glob='**/Analysis/Writes/**/*.cs'
# Every C# reader is covered by nearly every analyzer test, so each of its mutants reruns the suite in a new test host:
# the write readers' runs leave out the code fixes (a workspace each), the fuzz, concurrency and every-prefix tests,
# which read no shape the other tests do not (11 s a mutant instead of 47 s; see docs/mutation.md).
fast='FullyQualifiedName!~CodeFixTests&FullyQualifiedName!~WireFixTests&FullyQualifiedName!~FuzzTests&FullyQualifiedName!~ConcurrencyTests&FullyQualifiedName!~RobustnessTests&FullyQualifiedName!~NameMatcherTests&DisplayName!~_fix'
declare -A scope_of=(
  [domain]="ImpHa.Core.csproj|**/ImpHa.Core/Domain/**/*.cs|Unit Generator Analyzer"
  [readers]="ImpHa.Core.csproj|**/ImpHa.Core/Validate/**/*.cs|Unit Generator"
  [rules]="ImpHa.Analyzers.csproj|$rules_glob|Analyzer Unit"
  [writes]="ImpHa.Analyzers.csproj|$writes_glob|Analyzer|$fast"
  [emit]="ImpHa.Analyzers.csproj|**/Emit/*Emitter.cs|Generator Unit"
  [analysis]="ImpHa.Analyzers.csproj|$rules_glob $writes_glob|Analyzer Unit"
)
reports=()
for scope in "${scopes[@]}"; do
  IFS='|' read -r project mutate tests filter <<<"${scope_of[$scope]:?unknown scope $scope (domain readers rules writes emit analysis)}"
  tests=${IMPHA_MUTATION_TESTS:-$tests}
  filter=${IMPHA_MUTATION_FILTER-$filter}
  args=()
  [[ -n $filter ]] && args+=(--test-case-filter "$filter")
  for test in $tests; do args+=(-tp "$repo/tests/ImpHa.$test.Tests/ImpHa.$test.Tests.csproj"); done
  read -r -a globs <<<"${IMPHA_MUTATE:-$mutate}"
  for glob in "${globs[@]}"; do args+=(-m "$glob"); done
  first=${tests%% *}
  out="$repo/artifacts/mutation/$scope"
  rm -rf "$out"
  echo "== $scope: $project, mutating ${IMPHA_MUTATE:-$mutate}, tests: $tests${filter:+ where $filter} ($(date -u +%H:%M:%S))"
  # From a test project's folder: Stryker refuses --test-project where it finds the solution.
  (cd "$repo/tests/ImpHa.$first.Tests" && "$tools/dotnet-stryker" -p "$project" "${args[@]}" \
    -r json -r progress -c "${IMPHA_MUTATION_CONCURRENCY:-2}" -O "$out")
  reports+=("$out/reports/mutation-report.json")
done
dotnet run "$repo/tests/Mutation/summarize.cs" -- "${reports[@]}"
