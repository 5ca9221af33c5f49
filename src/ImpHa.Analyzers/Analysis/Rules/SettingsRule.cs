using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>IMPHA004/IMPHA005 for the settings themselves: once per compilation, with no location, in a stable order.</summary>
internal static class SettingsRule
{
    /// <summary>The problems <paramref name="settings"/> found; call only when it has some (<see cref="FileSettingsCache.HasProblems"/>).</summary>
    public static List<Diagnostic> Check(FileSettingsCache settings)
    {
        var sorted = new List<KeyValuePair<string, DiagnosticDescriptor>>(settings.Problems);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var diagnostics = new List<Diagnostic>(sorted.Count);
        foreach (var problem in sorted)
        {
            diagnostics.Add(Diagnostic.Create(problem.Value, Location.None, problem.Key));
        }

        return diagnostics;
    }
}
