using System.Collections.Generic;
using ImpHa.Analyzers.Analysis.Writes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>Every rule on one block's writes under the file's settings: the block's diagnostics.</summary>
internal sealed class BlockRules(AnalyzerTables tables, GeneratedSymbols symbols, string generatedNamespace)
{
    /// <summary>The generated API the rules and the readers look for.</summary>
    public GeneratedSymbols Symbols { get; } = symbols;

    private readonly LimitRule _limits = new(generatedNamespace, symbols.HasSelectedClass);
    private readonly CapacityRule _capacity = new(tables.Login, tables.Hardware);

    // Built only when a block writes another parameter: most compilations never need the restart table's rules.
    private readonly System.Lazy<(RestartNeededRule Restart, UnknownParameterRule Unknown)> _parameters = new(() =>
    {
        var restart = new RestartNeededRule(tables.Restarts);
        return (restart, new UnknownParameterRule(tables.Restarts));
    });

    public List<Diagnostic> Check(BlockWrites writes, FileSettings settings)
    {
        var diagnostics = _capacity.Check(writes.ProfileLookups);
        if (writes.OtherParameters.Count > 0)
        {
            diagnostics.AddRange(CheckOtherParameters(writes.OtherParameters, settings));
        }

        diagnostics.AddRange(_limits.Check(writes.Limits, settings));
        diagnostics.AddRange(BlockConsistencyRule.Check(LimitRule.WithExpected(writes.Limits, settings)));
        return diagnostics;
    }

    /// <summary>IMPHA008 and IMPHA009 once where a parameter is named, however many states of a request send it.</summary>
    private List<Diagnostic> CheckOtherParameters(List<IReadOnlyList<ParameterItem>> lists, FileSettings settings)
    {
        var (restart, unknown) = _parameters.Value;
        var diagnostics = new List<Diagnostic>();
        var named = new HashSet<(string, TextSpan)>();
        foreach (var items in lists)
        {
            foreach (var diagnostic in new[] { restart.Check(items), unknown.Check(items, settings.Labels) })
            {
                if (diagnostic is not null && named.Add((diagnostic.Id, diagnostic.Location.SourceSpan)))
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        return diagnostics;
    }
}
