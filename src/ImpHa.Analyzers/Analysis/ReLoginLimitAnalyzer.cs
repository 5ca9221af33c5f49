using System.Collections.Generic;
using System.Collections.Immutable;
using ImpHa.Analyzers.Analysis.Rules;
using ImpHa.Analyzers.Analysis.Writes.Files;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.Analyzers.Analysis;

/// <summary>
/// Flags hardcoded Client Re-Login limits that disagree with the selected HA login profile, limits
/// that differ between nodes, user counts beyond a profile, and service-parameter edits that need a restart.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReLoginLimitAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UpperLimitMismatch,
        DiagnosticDescriptors.LowerLimitMismatch,
        DiagnosticDescriptors.UpperNotAboveLower,
        DiagnosticDescriptors.UsersExceedProfile,
        DiagnosticDescriptors.InvalidSelection,
        DiagnosticDescriptors.NoProfileSelected,
        DiagnosticDescriptors.NodesDiffer,
        DiagnosticDescriptors.RestartNeeded,
        DiagnosticDescriptors.UnknownParameter,
        DiagnosticDescriptors.DelayNotPinned,
        DiagnosticDescriptors.UnreadableFile);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (AnalyzerTables.Load(start) is not { } tables)
            {
                return;
            }

            var session = new AnalysisSession(tables, start.Options.AnalyzerConfigOptionsProvider, start.Compilation, start.CancellationToken);

            // One callback per tree, and none where no text names anything of interest: nothing to find costs the scan alone.
            if (session.AnyCandidates)
            {
                start.RegisterSemanticModelAction(tree => session.AnalyzeTree(tree.SemanticModel, tree.ReportDiagnostic, tree.CancellationToken));
            }

            // Only the files a project marks are read; a project that marks none registers nothing for them.
            if (CheckedFiles.AnyMarked(start.Options))
            {
                var options = start.Options.AnalyzerConfigOptionsProvider;
                start.RegisterAdditionalFileAction(file =>
                {
                    if (CheckedFiles.IsMarked(options, file.AdditionalFile))
                    {
                        session.AnalyzeFile(file.AdditionalFile, options.GetOptions(file.AdditionalFile), file.ReportDiagnostic, file.CancellationToken);
                    }
                });
            }

            start.RegisterCompilationEndAction(end => session.ReportSettings(end.ReportDiagnostic));
        });
    }
}
