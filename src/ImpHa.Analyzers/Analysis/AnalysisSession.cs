using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using ImpHa.Analyzers.Analysis.Checks;
using ImpHa.Analyzers.Analysis.Shapes;
using ImpHa.Analyzers.Analysis.Skipping;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Emit;
using ImpHa.Analyzers.Model;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ImpHa.Analyzers.Analysis;

/// <summary>Per-compilation state of <see cref="ReLoginLimitAnalyzer"/>: tables, settings per file, and the checks.</summary>
internal sealed class AnalysisSession
{
    private readonly AnalyzerTables _tables;
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly HaSelection _projectSelection;
    private readonly bool _hasSelectedClass;
    private readonly MarkedMembers _marked;
    private readonly ProfileArguments _profileArguments;
    private readonly CandidateTrees _candidates;
    private readonly Dictionary<string, List<RestartRuleModel>> _rulesByParameter;
    private readonly ConcurrentDictionary<SyntaxTree, TreeSettings> _byTree = new();
    private readonly ConcurrentDictionary<string, DiagnosticDescriptor> _settingsProblems = new();
    private readonly System.Func<SyntaxTree, TreeSettings> _resolve;
    private readonly Compilation _compilation;
    private readonly HashSet<string> _parameterNames;
    private DeclarationIndex? _index;

    public AnalysisSession(AnalyzerTables tables, AnalyzerConfigOptionsProvider options, Compilation compilation)
    {
        _tables = tables;
        _options = options;
        _projectSelection = HaSelection.Read(options.GlobalOptions, options.GlobalOptions, tables.Hardware);
        var generatedNamespace = GeneratorSettings.Read(options.GlobalOptions).Namespace;
        _hasSelectedClass = compilation.GetTypeByMetadataName(generatedNamespace + "." + SelectedProfileEmitter.ClassName) is not null;
        _marked = MarkedMembers.Find(compilation, generatedNamespace);
        _profileArguments = new ProfileArguments(compilation.GetTypeByMetadataName(generatedNamespace + "." + ProfileArguments.HaLoginProfilesName), tables.Login!, tables.Hardware!);
        _rulesByParameter = IndexByParameter(tables.Restarts);
        _compilation = compilation;
        _parameterNames = ParameterNames(compilation, options, _rulesByParameter.Keys);
        _candidates = new CandidateTrees(_parameterNames, Index);
        _resolve = Resolve;
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
        var settings = Settings(tree);
        var named = false;
        if (_candidates.MayNameParameter(tree, token))
        {
            foreach (var items in ParameterWriteShapes.Candidates(operation))
            {
                if (TryFindLimit(items, settings.Labels, out var write))
                {
                    named = true;
                    Record(write, settings, writes, report);
                }
                else
                {
                    CheckRestart(items, report);
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
            RecordIfConstant(kind, value, Settings(operation.Syntax.SyntaxTree), writes, report);
        }
    }

    public static void ReportBlock(List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (writes.Count < 2)
        {
            return;
        }

        foreach (var kind in new[] { LimitKind.Lower, LimitKind.Upper })
        {
            // Compare with a write of the right value where there is one, so the squiggle lands on the wrong node's value.
            var ofKind = writes.Where(w => w.Kind == kind).ToList();
            var reference = ofKind.FirstOrDefault(w => w.Value == w.Expected) ?? ofKind.FirstOrDefault();
            var differing = ofKind.FirstOrDefault(w => reference is not null && w.Value != reference.Value);
            if (reference is not null && differing is not null)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NodesDiffer, differing.ValueOperation.Syntax.GetLocation(), Label(kind), N(differing.Value), N(reference.Value)));
            }
        }

        var lowers = writes.Where(w => w.Kind == LimitKind.Lower).Select(w => w.Value).Distinct().ToList();
        if (lowers.Count == 1)
        {
            foreach (var upper in writes.Where(w => w.Kind == LimitKind.Upper && w.Value <= lowers[0]))
            {
                report(Diagnostic.Create(DiagnosticDescriptors.UpperNotAboveLower, upper.ValueOperation.Syntax.GetLocation(), N(upper.Value), N(lowers[0])));
            }
        }
    }

    public void ReportSettings(System.Action<Diagnostic> report)
    {
        foreach (var problem in _settingsProblems.OrderBy(p => p.Key, System.StringComparer.Ordinal))
        {
            report(Diagnostic.Create(problem.Value, Location.None, problem.Key));
        }
    }

    private void RecordIfConstant(LimitKind kind, IOperation value, TreeSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        if (ParameterWriteShapes.TryNumber(value, out var number, out var isString))
        {
            Record(new ParameterWrite(kind, number, isString, value), settings, writes, report);
        }
    }

    private void Record(ParameterWrite write, TreeSettings settings, List<ParameterWrite> writes, System.Action<Diagnostic> report)
    {
        write = write with { Expected = write.Kind == LimitKind.Lower ? settings.Expectation?.LowerLimit : settings.Expectation?.UpperLimit };
        lock (writes)
        {
            writes.Add(write);
        }

        Check(write, settings, report);
    }

    private static bool TryFindLimit(IReadOnlyList<(string? Member, IOperation Value)> items, LimitLabels labels, out ParameterWrite write)
    {
        write = null!;
        for (var i = 0; i < items.Count; i++)
        {
            if (!ParameterWriteShapes.IsNameMember(items[i].Member)
                || ParameterWriteShapes.StringConstant(items[i].Value) is not { } name
                || labels.Match(name) is not { } kind)
            {
                continue;
            }

            // The value: the first number after the name, else the last one before it.
            foreach (var j in Enumerable.Range(i + 1, items.Count - i - 1).Concat(Enumerable.Range(0, i).Reverse()))
            {
                if (ParameterWriteShapes.IsValueMember(items[j].Member) && ParameterWriteShapes.TryNumber(items[j].Value, out var value, out var isString))
                {
                    write = new ParameterWrite(kind, value, isString, items[j].Value);
                    return true;
                }
            }
        }

        return false;
    }

    private void Check(ParameterWrite write, TreeSettings settings, System.Action<Diagnostic> report)
    {
        var (selection, expectation) = (settings.Selection, settings.Expectation);
        var location = write.ValueOperation.Syntax.GetLocation();
        if (selection.Error is not null)
        {
            return;
        }

        if (!selection.IsSelected)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.NoProfileSelected, location, Label(write.Kind), N(write.Value)));
            return;
        }

        if (expectation is null)
        {
            return;
        }

        var selectedClass = settings.ProjectWide && _hasSelectedClass;
        if (write.Kind == LimitKind.Lower)
        {
            if (write.Value != expectation.LowerLimit)
            {
                var source = selection.CriticalServiceDownDelay is null ? " (the tables' value; set ImpHaCriticalServiceDownDelay if your cluster's differs)" : string.Empty;
                var constant = selectedClass ? SelectedProfileEmitter.ClassName + ".LowerLimit" : null;
                report(Diagnostic.Create(DiagnosticDescriptors.LowerLimitMismatch, location, Properties(write, expectation.LowerLimit, constant), N(write.Value), N(expectation.LowerLimit), source));
            }

            return;
        }

        if (expectation.UpperLimit is int expected)
        {
            if (write.Value != expected)
            {
                var constant = selectedClass ? SelectedProfileEmitter.ClassName + ".UpperLimit"
                    : expectation.Shift == 0 ? $"HaLoginProfiles.{expectation.Table.MemberName}.UpperLimitFor{N(expectation.Row!.ActiveUsers)}Users"
                    : null;
                report(Diagnostic.Create(DiagnosticDescriptors.UpperLimitMismatch, location, Properties(write, expected, constant), N(write.Value), expectation.Description, N(expected)));
            }
        }
        else if (!expectation.AllowedUpperLimits.Contains(write.Value))
        {
            var nearest = expectation.NearestUpperLimit(write.Value);
            report(Diagnostic.Create(
                DiagnosticDescriptors.UpperLimitMismatch,
                location,
                Properties(write, nearest, null),
                N(write.Value),
                expectation.Description,
                $"a value of its table; the nearest is {N(nearest)} (set ImpHaActiveUsers to check the exact row)"));
        }
    }

    private TreeSettings Settings(SyntaxTree tree) => _byTree.TryGetValue(tree, out var settings) ? settings : _byTree.GetOrAdd(tree, _resolve);

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

    private TreeSettings Resolve(SyntaxTree tree)
    {
        var fileOptions = _options.GetOptions(tree);
        var labels = LimitLabels.Read(fileOptions, _options.GlobalOptions);
        var selection = HaSelection.Read(fileOptions, _options.GlobalOptions, _tables.Hardware);
        if (selection.Error is not null)
        {
            _settingsProblems.TryAdd(selection.Error, DiagnosticDescriptors.InvalidSelection);
            return new TreeSettings(selection, null, labels, false);
        }

        var expectation = ReLoginExpectation.Create(selection, _tables.Login!, _tables.Hardware!, out var tooMany);
        if (tooMany is not null)
        {
            _settingsProblems.TryAdd(tooMany, DiagnosticDescriptors.UsersExceedProfile);
        }

        return new TreeSettings(selection, expectation, labels, selection == _projectSelection);
    }

    private void CheckRestart(IReadOnlyList<(string? Member, IOperation Value)> items, System.Action<Diagnostic> report)
    {
        if (items.Count < 3)
        {
            return;
        }

        foreach (var (member, value) in items)
        {
            if (!ParameterWriteShapes.IsNameMember(member)
                || ParameterWriteShapes.StringConstant(value) is not { } text
                || !_rulesByParameter.TryGetValue(text.Trim(), out var rules))
            {
                continue;
            }

            foreach (var rule in rules)
            {
                if (!items.Any(i => ParameterWriteShapes.StringConstant(i.Value) is { } service && string.Equals(service.Trim(), rule.Service, System.StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var services = RestartTargetNames.ServiceNames(rule.Restart);
                var command = rule.Restart.HasFlag(RestartTargetKind.Node) || rule.Restart.HasFlag(RestartTargetKind.System)
                    ? "utils system restart"
                    : string.Join("; ", services.Select(s => "utils service restart " + s));
                report(Diagnostic.Create(DiagnosticDescriptors.RestartNeeded, value.Syntax.GetLocation(), rule.Parameter, rule.Service, string.Join(" and ", services), command));
                return;
            }
        }
    }

    /// <summary>Restart rules by parameter name, built once per compilation so each call costs one lookup per string argument.</summary>
    private static Dictionary<string, List<RestartRuleModel>> IndexByParameter(RestartRuleTable? restarts)
    {
        var index = new Dictionary<string, List<RestartRuleModel>>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var rule in restarts?.Rules ?? EquatableArray<RestartRuleModel>.Empty)
        {
            if (rule.Parameter.Length == 0)
            {
                continue;
            }

            if (!index.TryGetValue(rule.Parameter, out var rules))
            {
                index.Add(rule.Parameter, rules = []);
            }

            rules.Add(rule);
        }

        return index;
    }

    /// <summary>Every string that can name a checked parameter in this compilation: labels, configured extras (any file's), restart parameters.</summary>
    private static HashSet<string> ParameterNames(Compilation compilation, AnalyzerConfigOptionsProvider options, IEnumerable<string> restartParameters)
    {
        var names = new HashSet<string>(restartParameters, System.StringComparer.OrdinalIgnoreCase);
        names.UnionWith(LimitLabels.Read(options.GlobalOptions, options.GlobalOptions).All);
        foreach (var tree in compilation.SyntaxTrees)
        {
            names.UnionWith(LimitLabels.Read(options.GetOptions(tree), options.GlobalOptions).All);
        }

        return names;
    }

    private static ImmutableDictionary<string, string?> Properties(ParameterWrite write, int expected, string? constant)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(ReLoginLimitAnalyzer.ExpectedValueProperty, N(expected))
            .Add(ReLoginLimitAnalyzer.FormProperty, write.IsString ? "string" : "number");
        return constant is null ? properties : properties.Add(ReLoginLimitAnalyzer.ConstantProperty, constant);
    }

    private static string Label(LimitKind kind) => kind == LimitKind.Upper ? LimitLabels.UpperLabel : LimitLabels.LowerLabel;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A file's settings: its selection and what it implies, its parameter names, and whether it is the project's selection.</summary>
    private sealed record TreeSettings(HaSelection Selection, ReLoginExpectation? Expectation, LimitLabels Labels, bool ProjectWide);
}
