using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImpHa.Analyzers.Analysis.Checks;
using ImpHa.Analyzers.Analysis.Shapes;
using ImpHa.Analyzers.Analysis.Skipping;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.GeneratedApi;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis;

/// <summary>
/// Per-compilation state of <see cref="ReLoginLimitAnalyzer"/>. At the start it scans every tree's text
/// for the names of interest (<see cref="CompilationScan"/>); per tree, only where one occurs does it ask
/// for the operations of the calls, creations, assignments and initializers around it, find limit writes
/// and hand them to the checks.
/// </summary>
internal sealed class AnalysisSession
{
    private readonly FileSettingsCache _settings;
    private readonly RestartCheck _restarts;
    private readonly Compilation _compilation;
    private readonly CompilationScan _scan;
    private readonly System.Lazy<Symbols> _symbols;

    public AnalysisSession(AnalyzerTables tables, AnalyzerConfigOptionsProvider options, Compilation compilation, CancellationToken token)
    {
        var generatedNamespace = GeneratorSettings.Read(options.GlobalOptions).Namespace;
        _compilation = compilation;
        _settings = new FileSettingsCache(tables, options);
        _restarts = new RestartCheck(tables.Restarts);

        // Looked up only when a tree holds something to check: a compilation with nothing to find binds no symbol.
        _symbols = new System.Lazy<Symbols>(() => Symbols.Find(compilation, generatedNamespace, tables));

        // The generated parameter-name constants and the lookups are known up front, so the first scan already looks for them.
        IEnumerable<string> otherNames = [nameof(ServerRecoveryManagerParameters.ClientReLoginUpperLimit), nameof(ServerRecoveryManagerParameters.ClientReLoginLowerLimit), .. GeneratedNames.LookupMethods];
        _scan = CompilationScan.Run(compilation, LimitLabels.AllNames(compilation, options, _restarts.ParameterNames), otherNames, token);
    }

    /// <summary>One tree: nothing beyond a text scan unless the text names a parameter, a constant holding one, a marked member or a lookup.</summary>
    public void AnalyzeTree(SemanticModel model, System.Action<Diagnostic> report, CancellationToken token)
    {
        if (_scan.PositionsIn(model.SyntaxTree) is not { } positions)
        {
            return;
        }

        var symbols = _symbols.Value;

        var settings = _settings.For(model.SyntaxTree);
        foreach (var block in CandidateNodes.Find(model.SyntaxTree.GetRoot(token), positions))
        {
            var writes = new List<ParameterWrite>();
            foreach (var node in block)
            {
                if (model.GetOperation(node, token) is not { } operation)
                {
                    continue;
                }

                if (node is AssignmentExpressionSyntax or EqualsValueClauseSyntax)
                {
                    if (symbols.Marked.Exist && _scan.Index.MarkedNames.Count > 0)
                    {
                        AnalyzeMarkedWrite(operation, symbols.Marked, settings, writes, report);
                    }
                }
                else
                {
                    AnalyzeCall(operation, symbols, settings, writes, report);
                }
            }

            BlockChecks.Report(writes, report);
        }
    }

    /// <summary>IMPHA004/IMPHA005 for every selection the compilation's files make, found or not by a write.</summary>
    public void ReportSettings(System.Action<Diagnostic> report)
    {
        _settings.ResolveAll(_compilation.SyntaxTrees);
        _settings.ReportProblems(report);
    }

    private void AnalyzeCall(IOperation operation, Symbols symbols, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (operation is IInvocationOperation invocation && symbols.ProfileArguments.Check(invocation) is { } tooMany)
        {
            report(tooMany);
            return;
        }

        var named = false;
        foreach (var items in ParameterWriteShapes.Candidates(operation))
        {
            if (LimitWrites.TryFind(items, settings.Labels, out var write))
            {
                named = true;
                Record(write, symbols, settings, writes, report);
            }
            else
            {
                _restarts.Check(items, report);
            }
        }

        if (!named && symbols.Marked.Exist && _scan.Index.MarkedNames.Count > 0)
        {
            foreach (var (kind, value) in symbols.Marked.Arguments(operation, _scan.Index.MarkedNames))
            {
                RecordIfConstant(kind, value, symbols, settings, writes, report);
            }
        }
    }

    private void AnalyzeMarkedWrite(IOperation operation, MarkedMembers marked, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (marked.Write(operation, _scan.Index.MarkedNames) is var (kind, value))
        {
            RecordIfConstant(kind, value, _symbols.Value, settings, writes, report);
        }
    }

    private static void RecordIfConstant(LimitKind kind, IOperation value, Symbols symbols, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (ParameterWriteShapes.TryNumber(value, out var number, out var isString))
        {
            Record(new ParameterWrite(kind, number, isString, value), symbols, settings, writes, report);
        }
    }

    private static void Record(ParameterWrite write, Symbols symbols, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        write = write with { Expected = write.Kind == LimitKind.Lower ? settings.Expectation?.LowerLimit : settings.Expectation?.UpperLimit };
        writes.Add(write);
        symbols.Limits.Check(write, settings, report);
    }

    /// <summary>The generated API as this compilation has it, found by metadata name under the configured namespace.</summary>
    private sealed record Symbols(MarkedMembers Marked, ProfileArguments ProfileArguments, LimitCheck Limits)
    {
        public static Symbols Find(Compilation compilation, string generatedNamespace, AnalyzerTables tables) => new(
            MarkedMembers.Find(compilation, generatedNamespace),
            new ProfileArguments(compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.HaLoginProfiles)), tables.Login, tables.Hardware),
            new LimitCheck(generatedNamespace, compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.SelectedHaProfile)) is not null));
    }
}
