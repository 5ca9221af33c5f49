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
/// Per-compilation state of <see cref="ReLoginLimitAnalyzer"/>. Per tree it first scans the text for
/// the names of interest; only where one occurs does it ask for the operations of the calls,
/// creations, assignments and initializers around it, find limit writes and hand them to the checks.
/// </summary>
internal sealed class AnalysisSession
{
    private readonly FileSettingsCache _settings;
    private readonly MarkedMembers _marked;
    private readonly ProfileArguments _profileArguments;
    private readonly RestartCheck _restarts;
    private readonly LimitCheck _limits;
    private readonly Compilation _compilation;
    private readonly HashSet<string> _parameterNames;
    private readonly object _gate = new();
    private State? _state;

    public AnalysisSession(AnalyzerTables tables, AnalyzerConfigOptionsProvider options, Compilation compilation)
    {
        var generatedNamespace = GeneratorSettings.Read(options.GlobalOptions).Namespace;
        _compilation = compilation;
        _settings = new FileSettingsCache(tables, options);
        _marked = MarkedMembers.Find(compilation, generatedNamespace);
        _profileArguments = new ProfileArguments(compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.HaLoginProfiles)), tables.Login, tables.Hardware);
        _restarts = new RestartCheck(tables.Restarts);
        _limits = new LimitCheck(generatedNamespace, compilation.GetTypeByMetadataName(GeneratedNames.MetadataName(generatedNamespace, GeneratedNames.SelectedHaProfile)) is not null);
        _parameterNames = LimitLabels.AllNames(compilation, options, _restarts.ParameterNames);
    }

    /// <summary>One tree: nothing beyond a text scan unless the text names a parameter, a constant holding one, a marked member or a lookup.</summary>
    public void AnalyzeTree(SemanticModel model, System.Action<Diagnostic> report, CancellationToken token)
    {
        var state = GetState(token);
        if (state.Scan.PositionsIn(model.SyntaxTree) is not { } positions)
        {
            return;
        }

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
                    if (state.HasMarkedMembers)
                    {
                        AnalyzeMarkedWrite(operation, state.Scan.Index, settings, writes, report);
                    }
                }
                else
                {
                    AnalyzeCall(operation, state, settings, writes, report);
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

    private void AnalyzeCall(IOperation operation, State state, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (operation is IInvocationOperation invocation && _profileArguments.Check(invocation) is { } tooMany)
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
                Record(write, settings, writes, report);
            }
            else
            {
                _restarts.Check(items, report);
            }
        }

        if (!named && state.HasMarkedMembers)
        {
            foreach (var (kind, value) in _marked.Arguments(operation, state.Scan.Index.MarkedNames))
            {
                RecordIfConstant(kind, value, settings, writes, report);
            }
        }
    }

    private void AnalyzeMarkedWrite(IOperation operation, DeclarationIndex index, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (_marked.Write(operation, index.MarkedNames) is var (kind, value))
        {
            RecordIfConstant(kind, value, settings, writes, report);
        }
    }

    private void RecordIfConstant(LimitKind kind, IOperation value, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (ParameterWriteShapes.TryNumber(value, out var number, out var isString))
        {
            Record(new ParameterWrite(kind, number, isString, value), settings, writes, report);
        }
    }

    private void Record(ParameterWrite write, FileSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        write = write with { Expected = write.Kind == LimitKind.Lower ? settings.Expectation?.LowerLimit : settings.Expectation?.UpperLimit };
        writes.Add(write);
        _limits.Check(write, settings, report);
    }

    /// <summary>Built once, by whichever tree needs it first; the others wait rather than scan the compilation again.</summary>
    private State GetState(CancellationToken token)
    {
        if (Volatile.Read(ref _state) is { } state)
        {
            return state;
        }

        lock (_gate)
        {
            return Volatile.Read(ref _state) ?? Build(token);
        }
    }

    private State Build(CancellationToken token)
    {

        // The generated parameter-name constants are known up front, so the first scan already looks for them.
        IEnumerable<string> otherNames = [nameof(ServerRecoveryManagerParameters.ClientReLoginUpperLimit), nameof(ServerRecoveryManagerParameters.ClientReLoginLowerLimit)];
        if (_profileArguments.Exists)
        {
            otherNames = otherNames.Concat(GeneratedNames.LookupMethods);
        }

        var scan = CompilationScan.Run(_compilation, _parameterNames, otherNames, token);
        var state = new State(scan, _marked.Exist && scan.Index.MarkedNames.Count > 0);
        Volatile.Write(ref _state, state);
        return state;
    }

    /// <summary>Where each tree names something of interest, and the declarations behind it.</summary>
    private sealed record State(CompilationScan Scan, bool HasMarkedMembers);
}
