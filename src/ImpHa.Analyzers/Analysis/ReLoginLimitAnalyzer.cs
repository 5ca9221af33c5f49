using System.Collections.Generic;
using System.Collections.Immutable;
using ImpHa.Analyzers.Analysis.Checks;
using ImpHa.Analyzers.Analysis.Shapes;
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
    /// <summary>Diagnostic property: the value the code fix writes.</summary>
    public const string ExpectedValueProperty = "ExpectedValue";

    /// <summary>Diagnostic property: "string" when the value is written as a string, else "number".</summary>
    public const string FormProperty = "Form";

    /// <summary>Diagnostic property: a generated constant that holds the expected value, when one does.</summary>
    public const string ConstantProperty = "Constant";

    /// <summary>Diagnostic property (IMPHA004): the enum member name of the smallest profile that fits.</summary>
    public const string SmallestProfileProperty = ProfileArguments.SmallestProfileProperty;

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

            var session = new AnalysisSession(tables, start.Options.AnalyzerConfigOptionsProvider, start.Compilation);
            start.RegisterOperationBlockStartAction(block =>
            {
                var writes = new List<ParameterWrite>();
                block.RegisterOperationAction(op => session.AnalyzeCall(op.Operation, writes, op.ReportDiagnostic, op.CancellationToken), OperationKind.Invocation, OperationKind.ObjectCreation);
                if (session.HasMarkedMembers(block.CancellationToken))
                {
                    block.RegisterOperationAction(op => session.AnalyzeMarkedWrite(op.Operation, writes, op.ReportDiagnostic, op.CancellationToken), MarkedMembers.WriteKinds);
                }

                block.RegisterOperationBlockEndAction(end => AnalysisSession.ReportBlock(writes, end.ReportDiagnostic));
            });
            start.RegisterCompilationEndAction(end => session.ReportSettings(end.ReportDiagnostic));
        });
    }
}
