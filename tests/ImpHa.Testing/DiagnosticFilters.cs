using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ImpHa.Testing;

/// <summary>Separates the table lint (IMPHA109, info on Cisco's own tables) from the diagnostics a test is about.</summary>
public static class DiagnosticFilters
{
    public const string LintId = "IMPHA109";

    public static ImmutableArray<Diagnostic> WithoutLint(this ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.RemoveAll(d => d.Id == LintId);
}
