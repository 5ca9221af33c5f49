using System.Globalization;

namespace ImpHa.Planner.Limits;

/// <summary>The limits as the administrator reads them, with the AXL values to set on both nodes.</summary>
internal static class LimitsText
{
    public static void Write(LimitsAnswer answer, TextWriter output, Terminal terminal)
    {
        var request = answer.Request;
        var limits = answer.Limits;
        var rule = request.Deployment == HaDeployment.ActiveActive
            ? "active/active reads the table with the node that has the most users"
            : "active/standby reads the table with the group's total users";
        output.WriteLine($"Profile: {HardwareProfiles.GetName(request.Profile)} ({HardwareProfiles.GetVirtualCpus(request.Profile)} vCPU, {HardwareProfiles.GetMemoryGigabytes(request.Profile)} GB), {Names.Deployment(request.Deployment)}");
        output.WriteLine($"Nodes: {request.FirstNodeUsers} and {request.SecondNodeUsers} active users -> {answer.EffectiveActiveUsers} ({rule}), table row {limits.TableActiveUsers}");
        output.WriteLine();
        output.WriteLine(terminal.Heading($"Set on BOTH nodes, service \"{ServerRecoveryManagerParameters.ServiceName}\":"));
        output.WriteLine($"  {ServerRecoveryManagerParameters.ClientReLoginLowerLimit} = {limits.LowerLimit}   (= {ServerRecoveryManagerParameters.CriticalServiceDownDelay}, {request.DelaySeconds} s)");
        output.WriteLine($"  {ServerRecoveryManagerParameters.ClientReLoginUpperLimit} = {limits.UpperLimit}");
        if (request.CriticalServiceDownDelaySeconds is int custom && custom != HaLoginProfiles.TableCriticalServiceDownDelaySeconds)
        {
            output.WriteLine($"  (derived: Cisco's tables assume {HaLoginProfiles.TableCriticalServiceDownDelaySeconds} s; the upper limit keeps the table's spread above your delay)");
        }
        else if (answer.CiscoDefaultReading is ReLoginLimits cisco)
        {
            output.WriteLine($"  Reading: the tables' ({HaLoginProfiles.TableCriticalServiceDownDelaySeconds} s, as every table assumes). Cisco also states a default delay of");
            output.WriteLine($"  {LimitsAnswer.CiscoDefaultDelaySeconds} s and sets the lower limit to it (procedure step 5): with that delay, lower {cisco.LowerLimit} and upper {cisco.UpperLimit}.");
            output.WriteLine("  Give --critical-delay with your cluster's value to plan for one reading.");
        }

        output.WriteLine();
        output.WriteLine(terminal.Heading("AXL updateServiceParameter, once per node:"));
        foreach (var node in new[] { "node1", "node2" })
        {
            WriteAxl(output, node, ServerRecoveryManagerParameters.ClientReLoginLowerLimit, limits.LowerLimit);
            WriteAxl(output, node, ServerRecoveryManagerParameters.ClientReLoginUpperLimit, limits.UpperLimit);
        }

        if (answer.MinimumClockMegahertz is int mhz)
        {
            output.WriteLine();
            output.WriteLine($"Cisco recommends a CPU clock of at least {(mhz / 1000.0).ToString("0.0#", CultureInfo.InvariantCulture)} GHz for maximum login throughput with this profile.");
        }

        output.WriteLine();
        output.WriteLine("These tables apply to single-cluster deployments only. Look the values up again after you rebalance users.");
    }

    private static void WriteAxl(TextWriter output, string node, string parameter, int value)
        => output.WriteLine($"  processNodeName=<{node}> service=\"{ServerRecoveryManagerParameters.ServiceName}\" name=\"{parameter}\" value=\"{value.ToString(CultureInfo.InvariantCulture)}\"");
}
