namespace ImpHa.Planner.Restarts;

/// <summary>A restart plan as the administrator reads it: node by node, the CLI command and Cisco's words.</summary>
internal static class RestartText
{
    public static void Write(RestartRequest request, TextWriter output, Terminal terminal)
    {
        var plan = request.Plan();
        output.WriteLine(terminal.Heading("Restarts, node by node (IM and Presence CLI on that node):"));
        if (plan.IsEmpty && !request.LeavingNodes.Any())
        {
            output.WriteLine("  none");
            return;
        }

        var given = request.GivenRules;
        var readings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in request.ShownNodes)
        {
            var steps = plan.StepsOn(node);
            var leaves = request.LeavingNodes.Where(l => l.Node == node).Select(l => l.Rule.Change).ToList();
            if (steps.Count == 0 && leaves.Count == 0)
            {
                continue;
            }

            output.WriteLine($"  {node}:");
            if (leaves.Count > 0)
            {
                output.WriteLine($"    {"no restart",-18} it leaves the cluster ({string.Join(", ", leaves)}); ImpHa's reading: the restart is for the nodes that remain");
            }

            foreach (var step in steps)
            {
                var what = step.IsAutomatic ? "restarts by itself" : step.Necessity.ToString().ToLowerInvariant();
                var command = step.IsAutomatic ? $"({step.Command})" : step.Command;
                output.WriteLine($"    {what,-18} {command}");
                output.WriteLine($"    {string.Empty,-18} Cisco: \"{step.CiscoWording}\" ({string.Join(", ", step.Rules.Select(r => r.Change))})");
                if (step.CoveredRules.Count > 0)
                {
                    output.WriteLine($"    {string.Empty,-18} covers the service restarts of: {string.Join(", ", step.CoveredRules.Select(r => r.Change))}");
                }

                // Each reading once, where it first applies: the same words under every step would bury the commands.
                var stepReadings = SameChangeRows(step, given).Select(r => $"{r.ListedAs} is listed again as {r.Row}; ImpHa restarts what either row requires")
                    .Concat(Interpretations(step));
                foreach (var reading in stepReadings.Where(readings.Add))
                {
                    output.WriteLine($"    {string.Empty,-18} ImpHa's reading: {reading}");
                }
            }
        }

        foreach (var same in SameChange(request).Where(s => s.RestartsDiffer))
        {
            output.WriteLine($"  The document contradicts itself about {same.Change}: {string.Join("; ", same.Rows.Select(r => $"{r.Change} restarts {string.Join(" and ", r.Restart)} (\"{r.PrintedRestart}\")"))}. ImpHa restarts what either row requires.");
        }

        if (request.Nodes.Count == 0)
        {
            output.WriteLine($"  (give --nodes A,B and NAME@NODE to plan for your node names; {RestartRequest.OtherNodes} stands for each node not named)");
        }
    }

    public static IEnumerable<string> Interpretations(RestartStep step)
        => step.Rules.Select(r => r.Interpretation).Where(i => i.Length > 0).Distinct();

    /// <summary>The changes given that need the step: its own rules, or the given rule a row listed for the same change stands for.</summary>
    public static IEnumerable<ConfigurationChange> Changes(RestartStep step, IReadOnlySet<RestartRule> given)
        => step.Rules.SelectMany(r => given.Contains(r) ? [r.Change] : given.Where(g => g.SameChange.Contains(r.Change)).Select(g => g.Change)).Distinct();

    /// <summary>The step's rows that were not given, each with the given change it is listed for.</summary>
    public static IEnumerable<(ConfigurationChange Row, ConfigurationChange ListedAs)> SameChangeRows(RestartStep step, IReadOnlySet<RestartRule> given)
        => step.Rules.Where(r => !given.Contains(r))
            .SelectMany(r => given.Where(g => g.SameChange.Contains(r.Change)).Select(g => (r.Change, g.Change)));

    private static string[] Targets(RestartTarget targets)
        => Enum.GetValues<RestartTarget>().Where(t => t != RestartTarget.None && targets.HasFlag(t)).Select(t => t.ToString()).ToArray();

    /// <summary>Each change given that the document lists more than once, with every row for it.</summary>
    public static IEnumerable<SameChangeJson> SameChange(RestartRequest request)
        => request.GivenRules.Where(r => r.SameChange.Count > 0).OrderBy(r => r.Change).Select(r =>
        {
            var rows = r.SameChange.Select(RestartRules.Get).Prepend(r).ToList();
            return new SameChangeJson(
                r.Change.ToString(),
                rows.Select(row => new SameChangeRowJson(row.Change.ToString(), Targets(row.Restart), row.PrintedRestart)).ToArray(),
                rows.Any(row => row.Restart != r.Restart),
                "ImpHa restarts what any of these rows requires");
        });
}

internal sealed record SameChangeJson(string Change, SameChangeRowJson[] Rows, bool RestartsDiffer, string Reading);

internal sealed record SameChangeRowJson(string Change, string[] Restart, string PrintedRestart);
