namespace ImpHa.Planner.Restarts;

/// <summary>The changes made and alerts raised, each on a node (or on the first node when none is named).</summary>
internal sealed record RestartRequest(
    IReadOnlyList<string> Nodes,
    IReadOnlyList<(ConfigurationChange Change, string? Node)> Changes,
    IReadOnlyList<(string Alert, string? Node)> Alerts)
{
    /// <summary>Stand-ins for node names when the administrator gives none.</summary>
    public const string EditedNode = "<node where you made the changes>";
    public const string OtherNodes = "<every other node>";

    public static readonly RestartRequest None = new([], [], []);

    public bool IsEmpty => Changes.Count == 0 && Alerts.Count == 0;

    public NodeRestartPlan Plan()
    {
        IReadOnlyList<string> nodes = Nodes.Count > 0 ? Nodes : [EditedNode, OtherNodes];
        var triggers = Changes.Select(c => RestartTrigger.Change(c.Change, c.Node ?? nodes[0]))
            .Concat(Alerts.SelectMany(a => RestartRules.All
                .Where(r => string.Equals(a.Alert.Trim(), r.AlertName, StringComparison.OrdinalIgnoreCase))
                .Select(r => new RestartTrigger(r, a.Node ?? nodes[0]))));
        return RestartPlanner.PlanForNodes(nodes, triggers);
    }
}
