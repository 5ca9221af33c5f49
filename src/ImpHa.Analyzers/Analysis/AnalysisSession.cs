using System.Collections.Generic;
using System.Threading;
using ImpHa.Analyzers.Analysis.Candidates;
using ImpHa.Analyzers.Analysis.Rules;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Analysis.Writes.Files;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Analysis;

/// <summary>
/// Per-compilation wiring of <see cref="ReLoginLimitAnalyzer"/>: the candidates (<see cref="CompilationScan"/>) say which
/// trees to look at, the writes (<see cref="BlockReader"/>, <see cref="FileWrites"/>) what each block writes, and the
/// rules (<see cref="BlockRules"/>, <see cref="SettingsRule"/>) what to report.
/// </summary>
internal sealed class AnalysisSession
{
    private readonly FileSettingsCache _settings;
    private readonly CompilationScan _scan;
    private readonly IReadOnlyCollection<AnalyzerConfigOptions> _optionSets;

    // Built only when a tree or file holds something to check: a compilation with nothing to find binds no symbol.
    private readonly System.Lazy<BlockRules> _rules;

    public AnalysisSession(AnalyzerTables tables, AnalyzerConfigOptionsProvider options, Compilation compilation, CancellationToken token)
    {
        _settings = new FileSettingsCache(tables, options);
        _rules = new System.Lazy<BlockRules>(() =>
        {
            var generatedNamespace = GeneratorSettings.Read(options.GlobalOptions).Namespace;
            return new BlockRules(tables, GeneratedSymbols.Find(compilation, generatedNamespace), generatedNamespace);
        });

        // Known up front, so the first scan looks for them; lists, not collection expressions, load fewer types in a cold process.
        var otherNames = new List<string>(GeneratedNames.LookupMethods) { nameof(ServerRecoveryManagerParameters.ClientReLoginUpperLimit), nameof(ServerRecoveryManagerParameters.ClientReLoginLowerLimit), ImpServices.ServerRecoveryManager.MemberName };
        var names = RestartNeededRule.ParameterNamesOf(tables.Restarts);

        // The service's name counts as a parameter name: a request that names it can write a parameter ImpHa does not know (IMPHA009).
        names.Add(ImpServices.ServerRecoveryManager.Name);

        // One pass over the files' options serves the names to look for now and the settings rule at the end.
        _optionSets = _settings.DistinctOptions(compilation.SyntaxTrees);
        _scan = CompilationScan.Run(compilation, LimitLabels.AllNames(options, _optionSets, names), otherNames, token);
    }

    /// <summary>Whether any tree needs <see cref="AnalyzeTree"/>: when no text names anything of interest, none does.</summary>
    public bool AnyCandidates => _scan.AnyCandidates;

    /// <summary>One tree: nothing beyond a text scan unless the text names a parameter, a constant holding one, a marked member or a lookup.</summary>
    public void AnalyzeTree(SemanticModel model, System.Action<Diagnostic> report, CancellationToken token)
    {
        if (_scan.PositionsIn(model.SyntaxTree) is not { } positions)
        {
            return;
        }

        var rules = _rules.Value;
        var settings = _settings.For(model.SyntaxTree);
        foreach (var block in CandidateNodes.Find(model.SyntaxTree.GetRoot(token), positions))
        {
            var writes = BlockReader.Read(model, rules.Symbols, settings.Labels, _scan.Index.MarkedNames, block, token);
            Report(rules.Check(writes, settings), report);
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
        var writes = FileWrites.Read(content, settings.Labels);
        if (!writes.IsEmpty)
        {
            Report(_rules.Value.Check(writes, settings), report);
        }
    }

    /// <summary>IMPHA004/IMPHA005 for every selection the compilation's files make, found or not by a write.</summary>
    public void ReportSettings(System.Action<Diagnostic> report)
    {
        _settings.ResolveAll(_optionSets);

        // Settings without problems, the usual case, build nothing.
        if (_settings.HasProblems)
        {
            Report(SettingsRule.Check(_settings), report);
        }
    }

    private static void Report(List<Diagnostic> diagnostics, System.Action<Diagnostic> report)
    {
        foreach (var diagnostic in diagnostics)
        {
            report(diagnostic);
        }
    }
}
