using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImpHa.Analyzers.Analysis.Rules;
using ImpHa.Analyzers.Analysis.Writes.Files;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Analysis.Candidates;
using ImpHa.Analyzers.Diagnostics;
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
    private readonly System.Lazy<WriteChecks> _checks;
    private readonly CompilationScan _scan;
    private readonly System.Lazy<Symbols> _symbols;
    private readonly IReadOnlyCollection<AnalyzerConfigOptions> _optionSets;

    public AnalysisSession(AnalyzerTables tables, AnalyzerConfigOptionsProvider options, Compilation compilation, CancellationToken token)
    {
        _settings = new FileSettingsCache(tables, options);

        // Built only when a tree holds something to check: a compilation with nothing to find binds no symbol and needs
        // of the restart table only its parameter names.
        _checks = new System.Lazy<WriteChecks>(() => WriteChecks.Create(tables));
        _symbols = new System.Lazy<Symbols>(() => Symbols.Find(compilation, GeneratorSettings.Read(options.GlobalOptions).Namespace, tables));

        // The generated parameter-name constants and the lookups are known up front, so the first scan already looks for them.
        // The service's name counts as a parameter name here: a request that names it can write a parameter ImpHa does not know (IMPHA009).
        // Lists rather than collection expressions over IEnumerable: fewer types for a cold compiler process to load.
        var otherNames = new List<string>(GeneratedNames.LookupMethods) { nameof(ServerRecoveryManagerParameters.ClientReLoginUpperLimit), nameof(ServerRecoveryManagerParameters.ClientReLoginLowerLimit), ImpServices.ServerRecoveryManager.MemberName };
        var names = RestartCheck.ParameterNamesOf(tables.Restarts);
        names.Add(ImpServices.ServerRecoveryManager.Name);
        // One pass over the files' options serves the names to look for now and the settings checks at the end.
        _optionSets = _settings.DistinctOptions(compilation.SyntaxTrees);
        _scan = CompilationScan.Run(compilation, LimitLabels.AllNames(options, _optionSets, names), otherNames, token);
    }

    /// <summary>Whether any tree needs <see cref="AnalyzeTree"/>: when no text names anything of interest, none does.</summary>
    public bool AnyCandidates => _scan.AnyCandidates;

    /// <summary>One tree: nothing beyond a text scan unless the text names a parameter, a constant holding one, a marked member or a lookup.</summary>
    public void AnalyzeTree(SemanticModel model, System.Action<Diagnostic> report, CancellationToken token)
    {
        if (_scan.PositionsIn(model.SyntaxTree) is { } positions)
        {
            AnalyzeCandidates(model, positions, report, token);
        }
    }

    private void AnalyzeCandidates(SemanticModel model, List<int> positions, System.Action<Diagnostic> report, CancellationToken token)
    {
        var symbols = _symbols.Value;
        var settings = _settings.For(model.SyntaxTree);

        // A write can be reached from more than one name (a request's name and its service, a state sent twice): report it once.
        var reported = new HashSet<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)>();
        void ReportOnce(Diagnostic diagnostic)
        {
            if (reported.Add((diagnostic.Id, diagnostic.Location.SourceSpan)))
            {
                report(diagnostic);
            }
        }

        foreach (var block in CandidateNodes.Find(model.SyntaxTree.GetRoot(token), positions))
        {
            new BlockAnalysis(this, model, symbols, settings, block, ReportOnce, token).Run();
        }
    }

    /// <summary>
    /// A file the project marks for checking: its limits against the selection its <c>.editorconfig</c> sections make, the
    /// file as one block (IMPHA007 and IMPHA003 across it); IMPHA011 where it cannot be read.
    /// </summary>
    public void AnalyzeFile(AdditionalText file, AnalyzerConfigOptions options, System.Action<Diagnostic> report, CancellationToken token)
    {
        if (file.GetText(token) is not { } source)
        {
            return;
        }

        var text = new FileText(file.Path, source);
        var content = CheckedFiles.Read(text, token);
        if (content.ProblemAt is int at)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UnreadableFile, text.At(at, 0), content.Problem));
            return;
        }

        var settings = _settings.For(options);
        var writes = new List<ParameterWrite>();
        var recorded = new HashSet<(LimitKind, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var items in content.Lists)
        {
            foreach (var write in LimitWrites.Find(items, settings.Labels).Concat(LabelKeys.Find(items, settings.Labels)))
            {
                if (recorded.Add((write.Kind, write.Location.SourceSpan)))
                {
                    writes.Add(write);
                }
            }
        }

        if (writes.Count > 0)
        {
            BlockChecks.Report(_symbols.Value.Limits.CheckBlock(writes, settings, report), report);
        }
    }

    /// <summary>IMPHA004/IMPHA005 for every selection the compilation's files make, found or not by a write.</summary>
    public void ReportSettings(System.Action<Diagnostic> report)
    {
        _settings.ResolveAll(_optionSets);
        _settings.ReportProblems(report);
    }

    /// <summary>The candidate nodes of one member: the limits they write, then the checks across them.</summary>
    private sealed class BlockAnalysis(AnalysisSession session, SemanticModel model, Symbols symbols, FileSettings settings, CandidateBlock block, System.Action<Diagnostic> report, CancellationToken token)
    {
        private readonly List<ParameterWrite> _writes = [];
        private readonly HashSet<(LimitKind, Microsoft.CodeAnalysis.Text.TextSpan)> _recorded = [];
        private readonly HashSet<string> _requests = new(System.StringComparer.Ordinal);
        private readonly HashSet<string> _writers = new(System.StringComparer.Ordinal);

        private HashSet<string> MarkedNames => session._scan.Index.MarkedNames;

        private bool AnyMarked => symbols.Marked.Exist && MarkedNames.Count > 0;

        public void Run()
        {
            foreach (var node in block.Nodes)
            {
                if (model.GetOperation(node, token) is not { } operation)
                {
                    continue;
                }

                switch (node)
                {
                    case AssignmentExpressionSyntax or EqualsValueClauseSyntax:
                        if (AnyMarked)
                        {
                            AnalyzeMarkedWrite(operation);
                        }

                        if (node.Parent is not InitializerExpressionSyntax)
                        {
                            AnalyzeItems(ParameterItems.Of(operation));
                        }

                        break;
                    case SwitchExpressionArmSyntax or SwitchSectionSyntax or IfStatementSyntax:
                        AnalyzeItems(NameMappings.Of(operation));
                        break;
                    case BaseObjectCreationExpressionSyntax when RequestFields.Receiver(node) is not null:
                        AnalyzeCall(operation, withMembers: false);
                        break;
                    default:
                        AnalyzeCall(operation, withMembers: true);
                        break;
                }

                if (RequestFields.Receiver(node) is { } receiver && _requests.Add(receiver))
                {
                    AnalyzeItems(RequestFields.States(model, block.Owner, receiver, token));
                }

                if (XmlWriterCalls.Writer(node) is { } writer && _writers.Add(writer))
                {
                    AnalyzeItems(XmlWriterCalls.Groups(model, block.Owner, writer, token));
                }
            }

            foreach (var text in block.Texts)
            {
                if (model.GetOperation(text, token) is { } operation)
                {
                    foreach (var write in SqlWrites.Find(operation, settings.Labels))
                    {
                        Record(write);
                    }

                    AnalyzeItems(WireTexts.Of(operation), otherChecks: false);
                }
            }

            BlockChecks.Report(symbols.Limits.CheckBlock(_writes, settings, report), report);
        }

        private void AnalyzeCall(IOperation operation, bool withMembers)
        {
            if (operation is IInvocationOperation invocation && symbols.ProfileArguments.Check(invocation) is { } tooMany)
            {
                report(tooMany);
                return;
            }

            var named = AnalyzeItems(ParameterItems.Of(operation, withMembers));
            named |= AnalyzeItems(JsonBodies.Of(operation));
            named |= AnalyzeItems(XmlTrees.Of(operation));
            if (!named && AnyMarked)
            {
                foreach (var (kind, value) in symbols.Marked.Arguments(operation, MarkedNames))
                {
                    RecordIfConstant(kind, value);
                }
            }
        }

        /// <summary>The limits each item list writes; where it writes none, the restart and unknown-name checks (<paramref name="otherChecks"/>). True when a limit was found.</summary>
        private bool AnalyzeItems(IEnumerable<IReadOnlyList<ParameterItem>> lists, bool otherChecks = true)
        {
            var named = false;
            foreach (var items in lists)
            {
                var found = false;
                foreach (var write in LimitWrites.Find(items, settings.Labels))
                {
                    found = true;
                    Record(write);
                }

                if (!found && otherChecks)
                {
                    var checks = session._checks.Value;
                    checks.Restarts.Check(items, report);
                    checks.UnknownParameters.Check(items, settings.Labels, report);
                }

                named |= found;
            }

            return named;
        }

        private void AnalyzeMarkedWrite(IOperation operation)
        {
            if (symbols.Marked.Write(operation, MarkedNames) is var (kind, value))
            {
                RecordIfConstant(kind, value);
            }
        }

        private void RecordIfConstant(LimitKind kind, IOperation value)
        {
            if (ParameterWrite.FromConstant(kind, value) is { } write)
            {
                Record(write);
            }
        }

        private void Record(ParameterWrite write)
        {
            if (!_recorded.Add((write.Kind, write.Location.SourceSpan)))
            {
                return;
            }

            _writes.Add(write);
        }
    }

    /// <summary>The checks of service-parameter writes that name no limit: IMPHA008 and IMPHA009.</summary>
    private sealed record WriteChecks(RestartCheck Restarts, UnknownParameterCheck UnknownParameters)
    {
        public static WriteChecks Create(AnalyzerTables tables)
        {
            var restarts = new RestartCheck(tables.Restarts);
            return new WriteChecks(restarts, new UnknownParameterCheck(restarts.ParameterNames));
        }
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
