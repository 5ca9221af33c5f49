using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ImpHa.MeasureFloor;

/// <summary>
/// Analyzers that register an action and do nothing in it: what the compiler spends with one of them is the
/// cost of that shape before the analyzer does any work. measure-csc.sh enables the ones IMPHA_FLOORS names, one per
/// mode; the typing and analyzer benchmarks use them as their floors.
/// </summary>
public abstract class FloorAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor _never;

    protected FloorAnalyzer(string id) => _never = new(id, "Never reported", "Never reported", "Measure", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(_never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(Register);
    }

    protected abstract void Register(CompilationStartAnalysisContext start);
}

/// <summary>FLOOR001: what ImpHa's analyzer registers, a per-tree semantic-model action and a compilation-end action.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TreeAndEndAnalyzer() : FloorAnalyzer("FLOOR001")
{
    protected override void Register(CompilationStartAnalysisContext start)
    {
        start.RegisterSemanticModelAction(_ => { });
        start.RegisterCompilationEndAction(_ => { });
    }
}

/// <summary>FLOOR002: a compilation-end action only.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndOnlyAnalyzer() : FloorAnalyzer("FLOOR002")
{
    protected override void Register(CompilationStartAnalysisContext start) => start.RegisterCompilationEndAction(_ => { });
}

/// <summary>FLOOR003: a compilation-start action that registers nothing.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StartOnlyAnalyzer() : FloorAnalyzer("FLOOR003")
{
    protected override void Register(CompilationStartAnalysisContext start)
    {
    }
}

/// <summary>FLOOR004: a per-tree syntax action only.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyntaxTreeOnlyAnalyzer() : FloorAnalyzer("FLOOR004")
{
    protected override void Register(CompilationStartAnalysisContext start) => start.RegisterSyntaxTreeAction(_ => { });
}

/// <summary>FLOOR005: operation callbacks for every invocation, creation and assignment in every body, as ImpHa's analyzer once had.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class OperationsAnalyzer() : FloorAnalyzer("FLOOR005")
{
    protected override void Register(CompilationStartAnalysisContext start) => start.RegisterOperationBlockStartAction(block =>
    {
        block.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
        block.RegisterOperationBlockEndAction(_ => { });
    });
}

/// <summary>
/// The floor of a generator over ImpHa's inputs, for measure-footprint.sh: it reads the text of every additional file
/// through the incremental pipeline, as ImpHa's generator does before parsing a table, and emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReadTextsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Select((text, token) => text.GetText(token)?.Length ?? 0).Collect();
        context.RegisterSourceOutput(lengths, (_, _) => { });
    }
}
