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
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis;

/// <summary>
/// Per-compilation state of <see cref="ReLoginLimitAnalyzer"/>: it finds limit writes (skipping trees
/// that cannot hold one) and hands them to the checks.
/// </summary>
internal sealed class AnalysisSession
{
    private readonly FileSettingsCache _settings;
    private readonly MarkedMembers _marked;
    private readonly ProfileArguments _profileArguments;
    private readonly RestartCheck _restarts;
    private readonly LimitCheck _limits;
    private readonly CandidateTrees _candidates;
    private readonly Compilation _compilation;
    private readonly HashSet<string> _parameterNames;
    private DeclarationIndex? _index;

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
        _candidates = new CandidateTrees(_parameterNames, Index);
    }

    public bool HasMarkedMembers(CancellationToken token) => _marked.Exist && Index(token).MarkedNames.Count > 0;

    public void AnalyzeCall(IOperation operation, List<ParameterWrite> writes, System.Action<Diagnostic> report, CancellationToken token)
    {
        if (operation is IInvocationOperation invocation && _profileArguments.Check(invocation) is { } tooMany)
        {
            report(tooMany);
            return;
        }

        var tree = operation.Syntax.SyntaxTree;
        var settings = _settings.For(tree);
        var named = false;
        if (_candidates.MayNameParameter(tree, token))
        {
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
        }

        if (!named && HasMarkedMembers(token))
        {
            foreach (var (kind, value) in _marked.Arguments(operation, Index(token).MarkedNames))
            {
                RecordIfConstant(kind, value, settings, writes, report);
            }
        }
    }

    public void AnalyzeMarkedWrite(IOperation operation, List<ParameterWrite> writes, System.Action<Diagnostic> report, CancellationToken token)
    {
        if (_marked.Write(operation, Index(token).MarkedNames) is var (kind, value))
        {
            RecordIfConstant(kind, value, _settings.For(operation.Syntax.SyntaxTree), writes, report);
        }
    }

    public void ReportSettings(System.Action<Diagnostic> report) => _settings.ReportProblems(report);

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
        lock (writes)
        {
            writes.Add(write);
        }

        _limits.Check(write, settings, report);
    }

    /// <summary>Built once, by whichever callback needs it first.</summary>
    private DeclarationIndex Index(CancellationToken token)
    {
        if (Volatile.Read(ref _index) is { } index)
        {
            return index;
        }

        Interlocked.CompareExchange(ref _index, DeclarationIndex.Build(_compilation, _parameterNames, token), null);
        return _index!;
    }
}
