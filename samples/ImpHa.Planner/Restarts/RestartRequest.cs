using ImpHa.Planner.Cli;

namespace ImpHa.Planner.Restarts;

/// <summary>
/// The changes made and alerts raised, each on the node its restart depends on: the node named with @NODE, or the one
/// --nodes leaves (the subscriber, the only node), or a stand-in when no --nodes are given.
/// </summary>
internal sealed class RestartRequest
{
    /// <summary>Stand-ins for node names when the administrator gives none.</summary>
    public const string EditedNode = "<node where you made the changes>";
    public const string OtherNodes = "<every other node>";
    public const string LeavingNode = "<node being removed>";

    private RestartRequest(IReadOnlyList<string> nodes, IReadOnlyList<string> shownNodes, IReadOnlyList<RestartTrigger> triggers)
    {
        Nodes = nodes;
        ShownNodes = shownNodes;
        Triggers = triggers;
    }

    public static readonly RestartRequest None = new([], [], []);

    /// <summary>The cluster's nodes as --nodes gives them, publisher first; empty when none are given.</summary>
    public IReadOnlyList<string> Nodes { get; }

    /// <summary>The nodes in the order the output shows them: --nodes, or the stand-ins.</summary>
    public IReadOnlyList<string> ShownNodes { get; }

    public IReadOnlyList<RestartTrigger> Triggers { get; }

    public bool IsEmpty => Triggers.Count == 0;

    /// <summary>The rules given (changes and alerts), without the rows the document lists for the same change.</summary>
    public IReadOnlySet<RestartRule> GivenRules => Triggers.Select(t => t.Rule).ToHashSet();

    /// <summary>The node a change about a node leaving the cluster names, which gets no restart.</summary>
    public IEnumerable<(string Node, RestartRule Rule)> LeavingNodes
        => Triggers.Where(t => t.Rule.Where == RestartWhere.RemainingNodes).Select(t => (ShownNodes.First(n => Same(n, t.Node)), t.Rule));

    /// <summary>
    /// Places each change and alert on its node, or says, in one line naming the fix, why it cannot: a node not in
    /// --nodes, a subscriber's restart put on the publisher, or a node-bound restart without @NODE where --nodes leaves a choice.
    /// </summary>
    public static bool TryCreate(
        IReadOnlyList<string> nodes,
        IReadOnlyList<(ConfigurationChange Change, string? Node)> changes,
        IReadOnlyList<(string Alert, string? Node)> alerts,
        out RestartRequest request,
        out string error)
    {
        request = None;
        var given = changes.Select(c => (RestartRules.Get(c.Change), c.Node, $"--change {c.Change}"))
            .Concat(alerts.SelectMany(a => RestartRules.All
                .Where(r => string.Equals(a.Alert.Trim(), r.AlertName, StringComparison.OrdinalIgnoreCase))
                .Select(r => (r, a.Node, $"--alert {r.AlertName}"))));
        var triggers = new List<RestartTrigger>();
        var leaving = false;
        foreach (var (rule, node, option) in given)
        {
            if (!TryPlace(nodes, rule, node, option, out var placed, out error))
            {
                return false;
            }

            leaving |= placed == LeavingNode;
            triggers.Add(new RestartTrigger(rule, placed));
        }

        IReadOnlyList<string> shown = nodes.Count > 0 ? nodes : leaving ? [EditedNode, OtherNodes, LeavingNode] : [EditedNode, OtherNodes];
        request = new RestartRequest(nodes, shown, triggers);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Plans with the generated planner. Its nodes go publisher first; the stand-ins are ordered so that the edited node
    /// is not taken for the publisher ("every other node" holds it).
    /// </summary>
    public NodeRestartPlan Plan()
    {
        IReadOnlyList<string> nodes = Nodes.Count > 0 ? Nodes : [OtherNodes, .. ShownNodes.Where(n => n != OtherNodes)];
        return RestartPlanner.PlanForNodes(nodes, Triggers);
    }

    private static bool TryPlace(IReadOnlyList<string> nodes, RestartRule rule, string? node, string option, out string placed, out string error)
    {
        placed = string.Empty;
        error = string.Empty;
        if (nodes.Count == 0)
        {
            if (node is not null)
            {
                error = $"{option}@{node} names a node, but no --nodes were given; list the cluster's IM and Presence nodes, publisher first, e.g. --nodes imp1a,{node}";
                return false;
            }

            placed = rule.Where == RestartWhere.RemainingNodes ? LeavingNode : EditedNode;
            return true;
        }

        var subscribers = nodes.Skip(1).ToList();
        if (node is not null)
        {
            placed = nodes.FirstOrDefault(n => Same(n, node)) ?? string.Empty;
            if (placed.Length == 0)
            {
                error = $"node '{node}' of {option}@{node} is not in --nodes {string.Join(",", nodes)}{Suggest.DidYouMean(node, nodes)}; add it to --nodes or name one of those";
            }
            else if (rule.Where == RestartWhere.Subscriber && Same(placed, nodes[0]))
            {
                error = $"{option}@{node}: Cisco says \"{rule.PrintedRestart}\", but {placed} is the publisher (the first of --nodes); name the subscriber where the change was made{Choices(option, subscribers)}";
            }

            return error.Length == 0;
        }

        var candidates = rule.Where switch
        {
            RestartWhere.EveryNode => [nodes[0]],
            RestartWhere.Subscriber => subscribers,
            _ => nodes.ToList(),
        };
        if (candidates.Count == 1 && rule.Where != RestartWhere.RemainingNodes)
        {
            placed = candidates[0];
            return true;
        }

        error = rule.Where switch
        {
            RestartWhere.Subscriber when candidates.Count == 0 => $"{option}: Cisco says \"{rule.PrintedRestart}\", but --nodes names only the publisher {nodes[0]}; add the subscriber to --nodes (publisher first) and name it with {option}@SUBSCRIBER",
            RestartWhere.Subscriber => $"{option}: Cisco says \"{rule.PrintedRestart}\"; name the subscriber where the change was made{Choices(option, candidates)}",
            RestartWhere.RemainingNodes => $"{option}: name the node being removed (it gets no restart; the nodes that remain do){Choices(option, candidates)}",
            _ when rule.Cause == RestartCause.Alert => $"{option}: the restart is for the node that raised the alert; name it{Choices(option, candidates)}",
            _ => $"{option}: the restart is for the node where the change was made; name it{Choices(option, candidates)}",
        };
        return false;
    }

    private static string Choices(string option, IReadOnlyList<string> nodes)
        => nodes.Count == 0 ? string.Empty : $": {option}@{nodes[0]}" + (nodes.Count > 1 ? $" (or {string.Join(", ", nodes.Skip(1).Select(n => "@" + n))})" : string.Empty);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
