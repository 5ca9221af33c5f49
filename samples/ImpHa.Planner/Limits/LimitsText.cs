using System.Globalization;

namespace ImpHa.Planner.Limits;

/// <summary>The limits as the administrator reads them: where to set them, Cisco's notes, and AXL requests only with names the user gave.</summary>
internal static class LimitsText
{
    public static void Write(LimitsAnswer answer, AxlNames? axlNames, TextWriter output, Terminal terminal)
    {
        var request = answer.Request;
        var limits = answer.Limits;
        var rule = request.Deployment == HaDeployment.ActiveActive
            ? "active/active reads the table with the node that has the most users"
            : "active/standby reads the table with the group's total users";
        output.WriteLine($"Profile: {HardwareProfiles.GetName(request.Profile)} ({Hardware(request.Profile)}), {Names.Deployment(request.Deployment)}");
        output.WriteLine($"Nodes: {request.FirstNodeUsers} and {request.SecondNodeUsers} active users -> {answer.EffectiveActiveUsers} ({rule}), table row {limits.TableActiveUsers}");
        output.WriteLine();
        output.WriteLine(terminal.Heading($"Set on BOTH nodes: {ServerRecoveryManagerParameters.AdministrationPage}, service \"{ServerRecoveryManagerParameters.ServiceName}\":"));
        output.WriteLine($"  {ServerRecoveryManagerParameters.ClientReLoginLowerLimit} = {limits.LowerLimit}   (= {ServerRecoveryManagerParameters.CriticalServiceDownDelay}, {DelaySource(request)})");
        output.WriteLine($"  {ServerRecoveryManagerParameters.ClientReLoginUpperLimit} = {limits.UpperLimit}   (the table's value, whatever the delay)");
        if (answer.CiscoDefaultLowerLimit is int ciscoLower)
        {
            output.WriteLine($"  Cisco also states a default {ServerRecoveryManagerParameters.CriticalServiceDownDelay} of {ciscoLower} s, and \"the lower retry limit should be set to");
            output.WriteLine($"  this value\" (procedure step 5): if your cluster keeps {ciscoLower} s, set the lower limit to {ciscoLower}; the upper limit stays {limits.UpperLimit}.");
            output.WriteLine("  Give --critical-delay with your cluster's value to plan for it.");
        }

        foreach (var warning in answer.Warnings)
        {
            output.WriteLine();
            output.WriteLine(terminal.Warning($"Warning: {warning}"));
        }

        if (answer.Finding is { } finding)
        {
            output.WriteLine();
            output.WriteLine(terminal.Heading("Cisco's table disagrees with itself at this row:"));
            output.WriteLine($"  {finding.Message(answer.TableName)}");
        }

        output.WriteLine();
        if (axlNames is null)
        {
            output.WriteLine(AxlNames.WhereToFind);
        }
        else
        {
            output.WriteLine(terminal.Heading("AXL updateServiceParameter, once per node (names from --axl-names):"));
            foreach (var node in new[] { "node1", "node2" })
            {
                WriteAxl(output, node, axlNames.Lower, limits.LowerLimit);
                WriteAxl(output, node, axlNames.Upper, limits.UpperLimit);
            }
        }

        if (answer.MinimumClockMegahertz is int mhz)
        {
            output.WriteLine();
            output.WriteLine($"Cisco recommends a CPU clock of at least {(mhz / 1000.0).ToString("0.0#", CultureInfo.InvariantCulture)} GHz for maximum login throughput with this profile.");
        }

        output.WriteLine();
        foreach (var note in answer.Notes)
        {
            output.WriteLine(note.Source == LimitsNote.Cisco ? $"Cisco: {note.Text}" : $"ImpHa's reading: {note.Text}");
        }
    }

    /// <summary>"4 vCPU, 8 GB", with the MHz reservation where Cisco's heading gives one ("1 vCPU, 700 MHz, 2 GB").</summary>
    public static string Hardware(HardwareProfile profile)
        => HardwareProfiles.GetCpuMegahertz(profile) is int mhz
            ? $"{HardwareProfiles.GetVirtualCpus(profile)} vCPU, {mhz} MHz CPU reservation, {HardwareProfiles.GetMemoryGigabytes(profile)} GB"
            : $"{HardwareProfiles.GetVirtualCpus(profile)} vCPU, {HardwareProfiles.GetMemoryGigabytes(profile)} GB";

    private static string DelaySource(PlannerRequest request)
        => request.CriticalServiceDownDelaySeconds is int given ? $"{given} s as given" : $"{request.DelaySeconds} s as Cisco's tables assume";

    private static void WriteAxl(TextWriter output, string node, string name, int value)
        => output.WriteLine($"  processNodeName=<{node}> service=\"{ServerRecoveryManagerParameters.ServiceName}\" name=\"{name}\" value=\"{value.ToString(CultureInfo.InvariantCulture)}\"");
}
