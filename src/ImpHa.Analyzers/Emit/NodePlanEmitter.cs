namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Emits the per-node restart planner (Templates/PerNodePlanner.cs): <c>RestartTrigger</c> (a change or alert and the
/// node it happened on), <c>RestartStep</c>, <c>NodeRestartPlan</c> and <c>RestartPlanner.PlanForNodes</c>. A node
/// restart covers the service restarts of that node only; required, recommended, conditional and automatic steps stay apart.
/// </summary>
internal static class NodePlanEmitter
{
    public const string HintName = "ImpHa.RestartPlanner.g.cs";

    /// <summary>The planner's own file: it compiles only beside the restart file, whose part of <c>RestartPlanner</c> gives its modifiers.</summary>
    public static string Emit(EmitOptions options)
        => new SourceWriter(options)
            .TypePart("sealed partial class RestartTrigger")
            .Line()
            .TypePart("sealed partial class RestartStep")
            .Line()
            .TypePart("sealed partial class NodeRestartPlan")
            .Line()
            .Template("PerNodePlanner")
            .Finish();
}
