using ImpHa.Core.GeneratedApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>The generated API as this compilation has it, found by metadata name under the configured namespace.</summary>
internal sealed class GeneratedSymbols(MarkedMembers marked, INamedTypeSymbol? haLoginProfiles, bool hasSelectedClass)
{
    public MarkedMembers Marked { get; } = marked;

    /// <summary>Whether the compilation has the generated <c>SelectedHaProfile</c>, whose constants the fixes can write.</summary>
    public bool HasSelectedClass { get; } = hasSelectedClass;

    public static GeneratedSymbols Find(Compilation compilation, string generatedNamespace) => new(
        MarkedMembers.Find(compilation, generatedNamespace),
        compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.HaLoginProfiles)),
        compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.SelectedHaProfile)) is not null);

    /// <summary>Whether the call is one of the generated <c>HaLoginProfiles</c> lookups.</summary>
    public bool IsProfileLookup(IInvocationOperation invocation)
        => haLoginProfiles is not null && SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.ContainingType, haLoginProfiles);
}
