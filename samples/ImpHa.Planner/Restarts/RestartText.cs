namespace ImpHa.Planner.Restarts;

/// <summary>A restart plan as the administrator reads it: node by node, the CLI command and Cisco's words.</summary>
internal static class RestartText
{
    public static void Write(RestartRequest request, TextWriter output, Terminal terminal)
    {
        var plan = request.Plan();
        output.WriteLine(terminal.Heading("Restarts, node by node (IM and Presence CLI on that node):"));
        if (plan.IsEmpty)
        {
            output.WriteLine("  none");
            return;
        }

        foreach (var node in plan.Nodes)
        {
            var steps = plan.StepsOn(node);
            if (steps.Count == 0)
            {
                continue;
            }

            output.WriteLine($"  {node}:");
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

                foreach (var interpretation in Interpretations(step))
                {
                    output.WriteLine($"    {string.Empty,-18} ImpHa's reading: {interpretation}");
                }
            }
        }

        if (request.Nodes.Count == 0)
        {
            output.WriteLine($"  (give --nodes A,B and NAME@NODE to plan for your node names; {RestartRequest.OtherNodes} stands for each node not named)");
        }
    }

    public static IEnumerable<string> Interpretations(RestartStep step)
        => step.Rules.Select(r => r.Interpretation).Where(i => i.Length > 0).Distinct();
}
