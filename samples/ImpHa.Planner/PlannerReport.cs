using System.Globalization;
using ImpHa;

namespace ImpHa.Planner;

/// <summary>Works out and prints what the administrator should configure.</summary>
internal static class PlannerReport
{
    /// <summary>The Critical Service Down Delay's default as Cisco states it (the tables assume 120 s).</summary>
    private const int CiscoDefaultDelaySeconds = 90;

    /// <summary>Writes the plan; returns false with a one-line error when the users do not fit.</summary>
    public static bool TryWrite(PlannerRequest request, TextWriter output, out string error)
    {
        error = string.Empty;
        var users = HaLoginProfiles.EffectiveActiveUsers(request.Deployment, request.FirstNodeUsers, request.SecondNodeUsers);
        var delay = request.CriticalServiceDownDelaySeconds ?? HaLoginProfiles.TableCriticalServiceDownDelaySeconds;
        if (!HaLoginProfiles.TryGetLimits(request.Profile, request.Deployment, users, delay, out var limits))
        {
            error = DescribeMisfit(request, users);
            return false;
        }

        var deployment = request.Deployment == HaDeployment.ActiveActive ? "active/active" : "active/standby";
        var rule = request.Deployment == HaDeployment.ActiveActive
            ? "active/active reads the table with the node that has the most users"
            : "active/standby reads the table with the group's total users";
        output.WriteLine($"Profile: {HardwareProfiles.GetName(request.Profile)} ({HardwareProfiles.GetVirtualCpus(request.Profile)} vCPU, {HardwareProfiles.GetMemoryGigabytes(request.Profile)} GB), {deployment}");
        output.WriteLine($"Nodes: {request.FirstNodeUsers} and {request.SecondNodeUsers} active users -> {users} ({rule}), table row {limits.TableActiveUsers}");
        output.WriteLine();
        output.WriteLine($"Set on BOTH nodes, service \"{ServerRecoveryManagerParameters.ServiceName}\":");
        output.WriteLine($"  {ServerRecoveryManagerParameters.ClientReLoginLowerLimit} = {limits.LowerLimit}   (= {ServerRecoveryManagerParameters.CriticalServiceDownDelay}, {delay} s)");
        output.WriteLine($"  {ServerRecoveryManagerParameters.ClientReLoginUpperLimit} = {limits.UpperLimit}");
        if (request.CriticalServiceDownDelaySeconds is int custom && custom != HaLoginProfiles.TableCriticalServiceDownDelaySeconds)
        {
            output.WriteLine($"  (derived: Cisco's tables assume {HaLoginProfiles.TableCriticalServiceDownDelaySeconds} s; the upper limit keeps the table's spread above your delay)");
        }
        else if (request.CriticalServiceDownDelaySeconds is null
            && HaLoginProfiles.TryGetLimits(request.Profile, request.Deployment, users, CiscoDefaultDelaySeconds, out var cisco))
        {
            output.WriteLine($"  Reading: the tables' ({HaLoginProfiles.TableCriticalServiceDownDelaySeconds} s, as every table assumes). Cisco also states a default delay of");
            output.WriteLine($"  {CiscoDefaultDelaySeconds} s and sets the lower limit to it (procedure step 5): with that delay, lower {cisco.LowerLimit} and upper {cisco.UpperLimit}.");
            output.WriteLine("  Give --critical-delay with your cluster's value to plan for one reading.");
        }

        output.WriteLine();
        output.WriteLine("AXL updateServiceParameter, once per node:");
        foreach (var node in new[] { "node1", "node2" })
        {
            WriteAxl(output, node, ServerRecoveryManagerParameters.ClientReLoginLowerLimit, limits.LowerLimit);
            WriteAxl(output, node, ServerRecoveryManagerParameters.ClientReLoginUpperLimit, limits.UpperLimit);
        }

        var clock = HardwareProfiles.GetMinimumRecommendedClockMegahertz(request.Profile, request.Deployment);
        if (clock is int mhz)
        {
            output.WriteLine();
            output.WriteLine($"Cisco recommends a CPU clock of at least {(mhz / 1000.0).ToString("0.0#", CultureInfo.InvariantCulture)} GHz for maximum login throughput with this profile.");
        }

        output.WriteLine();
        output.WriteLine("These tables apply to single-cluster deployments only. Look the values up again after you rebalance users.");
        WriteRestarts(request, output);
        return true;
    }

    private static void WriteAxl(TextWriter output, string node, string parameter, int value)
        => output.WriteLine($"  processNodeName=<{node}> service=\"{ServerRecoveryManagerParameters.ServiceName}\" name=\"{parameter}\" value=\"{value.ToString(CultureInfo.InvariantCulture)}\"");

    /// <summary>Where changes are made when no node is named: the administration pages run on the publisher.</summary>
    private const string EditedNode = "<node where you made the changes>";
    private const string OtherNodes = "<every other node>";

    private static void WriteRestarts(PlannerRequest request, TextWriter output)
    {
        if (request.Changes.Count == 0 && request.Alerts.Count == 0)
        {
            return;
        }

        IReadOnlyList<string> nodes = request.Nodes.Count > 0 ? request.Nodes : [EditedNode, OtherNodes];
        var triggers = request.Changes.Select(c => RestartTrigger.Change(c.Change, c.Node ?? nodes[0]))
            .Concat(request.Alerts.SelectMany(a => RestartRules.All
                .Where(r => string.Equals(a.Alert.Trim(), r.AlertName, StringComparison.OrdinalIgnoreCase))
                .Select(r => new RestartTrigger(r, a.Node ?? nodes[0]))));
        var plan = RestartPlanner.PlanForNodes(nodes, triggers);
        output.WriteLine();
        output.WriteLine("Restarts, node by node (IM and Presence CLI on that node):");
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

                foreach (var interpretation in step.Rules.Select(r => r.Interpretation).Where(i => i.Length > 0).Distinct())
                {
                    output.WriteLine($"    {string.Empty,-18} ImpHa's reading: {interpretation}");
                }
            }
        }

        if (request.Nodes.Count == 0)
        {
            output.WriteLine($"  (give --nodes A,B and NAME@NODE to plan for your node names; {OtherNodes} stands for each node not named)");
        }
    }

    private static string DescribeMisfit(PlannerRequest request, int users)
    {
        if (users < 1)
        {
            return "the presence redundancy group has no active users; give --node-users with at least one user, e.g. 2000,1000";
        }

        var max = HaLoginProfiles.MaxActiveUsers(request.Profile, request.Deployment);
        var deployment = request.Deployment == HaDeployment.ActiveActive ? "active/active" : "active/standby";
        var fit = HaLoginProfiles.TryFindSmallestProfile(request.Deployment, users, out var larger)
            ? $"use --profile {(int)larger} (up to {HaLoginProfiles.MaxActiveUsers(larger, request.Deployment)})"
            : "no profile covers that many; spread the users over more presence redundancy groups";
        return $"{users} active users exceed {HardwareProfiles.GetName(request.Profile)} {deployment} (max {max}); {fit}";
    }
}
