using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImpHa.SourceGeneration.Model;
using ImpHa.SourceGeneration.Tables;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.SourceGeneration.Analysis;

/// <summary>
/// Flags hardcoded Client Re-Login limits that disagree with the selected HA login profile, limits
/// that differ between nodes, and service-parameter edits that need a restart.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReLoginLimitAnalyzer : DiagnosticAnalyzer
{
    public const string UpperLabel = "Client Re-Login Upper Limit";
    public const string LowerLabel = "Client Re-Login Lower Limit";

    /// <summary>Diagnostic property: the value the code fix writes.</summary>
    public const string ExpectedValueProperty = "ExpectedValue";

    /// <summary>Diagnostic property: "string" when the value is written as a string, else "number".</summary>
    public const string FormProperty = "Form";

    /// <summary>Diagnostic property: a generated constant that holds the expected value, when one does.</summary>
    public const string ConstantProperty = "Constant";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UpperLimitMismatch,
        DiagnosticDescriptors.LowerLimitMismatch,
        DiagnosticDescriptors.UpperNotAboveLower,
        DiagnosticDescriptors.UsersExceedProfile,
        DiagnosticDescriptors.InvalidSelection,
        DiagnosticDescriptors.NoProfileSelected,
        DiagnosticDescriptors.NodesDiffer,
        DiagnosticDescriptors.RestartNeeded);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var tables = AnalyzerTables.Load(start);
            if (tables.Hardware is null || tables.Login is null)
            {
                return;
            }

            var session = new AnalysisSession(tables, start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationBlockStartAction(block =>
            {
                var writes = new List<ParameterWrite>();
                block.RegisterOperationAction(op => session.Analyze(op.Operation, writes, op.ReportDiagnostic), OperationKind.Invocation, OperationKind.ObjectCreation);
                block.RegisterOperationBlockEndAction(end => AnalysisSession.ReportBlock(writes, end.ReportDiagnostic));
            });
            start.RegisterCompilationEndAction(end => session.ReportSettings(end.ReportDiagnostic));
        });
    }

    /// <summary>Per-compilation state: tables, selections per file, and settings problems to report once.</summary>
    private sealed class AnalysisSession(AnalyzerTables tables, AnalyzerConfigOptionsProvider options)
    {
        private readonly ConcurrentDictionary<SyntaxTree, (HaSelection Selection, ReLoginExpectation? Expectation)> _byTree = new();
        private readonly ConcurrentDictionary<string, DiagnosticDescriptor> _settingsProblems = new();

        public void Analyze(IOperation operation, List<ParameterWrite> writes, System.Action<Diagnostic> report)
        {
            foreach (var items in ParameterWriteShapes.Candidates(operation))
            {
                if (TryFindLimit(items, out var write))
                {
                    lock (writes)
                    {
                        writes.Add(write);
                    }

                    Check(write, operation.Syntax.SyntaxTree, report);
                }
                else
                {
                    CheckRestart(items, report);
                }
            }
        }

        public static void ReportBlock(List<ParameterWrite> writes, System.Action<Diagnostic> report)
        {
            foreach (var kind in new[] { LimitKind.Lower, LimitKind.Upper })
            {
                var ofKind = writes.Where(w => w.Kind == kind).ToList();
                var first = ofKind.FirstOrDefault();
                var differing = ofKind.FirstOrDefault(w => first is not null && w.Value != first.Value);
                if (first is not null && differing is not null)
                {
                    report(Diagnostic.Create(DiagnosticDescriptors.NodesDiffer, differing.ValueOperation.Syntax.GetLocation(), Label(kind), N(differing.Value), N(first.Value)));
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

        private static bool TryFindLimit(IReadOnlyList<(string? Member, IOperation Value)> items, out ParameterWrite write)
        {
            write = null!;
            for (var i = 0; i < items.Count; i++)
            {
                if (!ParameterWriteShapes.IsNameMember(items[i].Member) || ParameterWriteShapes.StringConstant(items[i].Value) is not { } name)
                {
                    continue;
                }

                LimitKind kind;
                if (Matches(name, UpperLabel))
                {
                    kind = LimitKind.Upper;
                }
                else if (Matches(name, LowerLabel))
                {
                    kind = LimitKind.Lower;
                }
                else
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

        private void Check(ParameterWrite write, SyntaxTree tree, System.Action<Diagnostic> report)
        {
            var (selection, expectation) = _byTree.GetOrAdd(tree, Resolve);
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

            if (write.Kind == LimitKind.Lower)
            {
                if (write.Value != expectation.LowerLimit)
                {
                    var source = selection.CriticalServiceDownDelay is null ? " (the tables' value; set ImpHaCriticalServiceDownDelay if your cluster's differs)" : string.Empty;
                    report(Diagnostic.Create(DiagnosticDescriptors.LowerLimitMismatch, location, Properties(write, expectation.LowerLimit, null), N(write.Value), N(expectation.LowerLimit), source));
                }

                return;
            }

            if (expectation.UpperLimit is int expected)
            {
                if (write.Value != expected)
                {
                    var constant = expectation.Shift == 0 ? $"HaLoginProfiles.{expectation.Table.MemberName}.UpperLimitFor{N(expectation.Row!.ActiveUsers)}Users" : null;
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

        private (HaSelection, ReLoginExpectation?) Resolve(SyntaxTree tree)
        {
            var selection = HaSelection.Read(options.GetOptions(tree), options.GlobalOptions, tables.Hardware);
            if (selection.Error is not null)
            {
                _settingsProblems.TryAdd(selection.Error, DiagnosticDescriptors.InvalidSelection);
                return (selection, null);
            }

            var expectation = ReLoginExpectation.Create(selection, tables.Login!, tables.Hardware!, out var tooMany);
            if (tooMany is not null)
            {
                _settingsProblems.TryAdd(tooMany, DiagnosticDescriptors.UsersExceedProfile);
            }

            return (selection, expectation);
        }

        /// <summary>Restart rules by parameter name, built once per compilation so each call costs one lookup per string argument.</summary>
        private readonly Dictionary<string, List<RestartRuleModel>> _rulesByParameter = IndexByParameter(tables.Restarts);

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
                    if (!items.Any(i => ParameterWriteShapes.StringConstant(i.Value) is { } service && Matches(service, rule.Service)))
                    {
                        continue;
                    }

                    var command = rule.Restart.HasFlag(RestartTargetKind.Node) || rule.Restart.HasFlag(RestartTargetKind.System)
                        ? "utils system restart"
                        : string.Join("; ", Services(rule.Restart).Select(s => "utils service restart " + s));
                    report(Diagnostic.Create(DiagnosticDescriptors.RestartNeeded, value.Syntax.GetLocation(), rule.Parameter, rule.Service, string.Join(" and ", Services(rule.Restart)), command));
                    return;
                }
            }
        }

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

        private static IEnumerable<string> Services(RestartTargetKind targets)
        {
            if (targets.HasFlag(RestartTargetKind.XcpRouter)) yield return "Cisco XCP Router";
            if (targets.HasFlag(RestartTargetKind.SipProxy)) yield return "Cisco SIP Proxy";
            if (targets.HasFlag(RestartTargetKind.PresenceEngine)) yield return "Cisco Presence Engine";
            if (targets.HasFlag(RestartTargetKind.ChatServer)) yield return "Cisco XCP Text Conference Manager";
        }

        private static ImmutableDictionary<string, string?> Properties(ParameterWrite write, int expected, string? constant)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(ExpectedValueProperty, N(expected))
                .Add(FormProperty, write.IsString ? "string" : "number");
            return constant is null ? properties : properties.Add(ConstantProperty, constant);
        }

        private static string Label(LimitKind kind) => kind == LimitKind.Upper ? UpperLabel : LowerLabel;

        private static bool Matches(string text, string label) => string.Equals(text.Trim(), label, System.StringComparison.OrdinalIgnoreCase);

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
