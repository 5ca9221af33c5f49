using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ImpHa.Planner.Limits;
using ImpHa.Planner.Restarts;

namespace ImpHa.Planner.Output;

/// <summary>
/// The JSON the tool writes with <c>--format json</c>. Its shape is versioned by <see cref="Format"/>
/// (docs/planner-json.md): members are only added within a version; a rename or removal makes the next one.
/// </summary>
internal static class PlannerJson
{
    public const string Format = "impha-planner/2";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(T document, TextWriter output)
    {
        output.WriteLine(JsonSerializer.Serialize(document, Options).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    public static LimitsDocument Limits(LimitsAnswer answer, AxlNames? axlNames, RestartRequest restarts)
    {
        var request = answer.Request;
        var parameters = new[]
        {
            new ServiceParameter(ServerRecoveryManagerParameters.ServiceName, ServerRecoveryManagerParameters.ClientReLoginLowerLimit, axlNames?.Lower, answer.Limits.LowerLimit),
            new ServiceParameter(ServerRecoveryManagerParameters.ServiceName, ServerRecoveryManagerParameters.ClientReLoginUpperLimit, axlNames?.Upper, answer.Limits.UpperLimit),
        };
        var finding = answer.Finding is { } f
            ? new FindingJson("IMPHA109", "impha", f.ActiveUsers, f.CiscoValue, f.LineValue, f.Message(answer.TableName))
            : null;
        return new LimitsDocument(
            Format,
            "limits",
            Profile(request.Profile),
            Names.DeploymentOption(request.Deployment),
            [request.FirstNodeUsers, request.SecondNodeUsers],
            answer.EffectiveActiveUsers,
            answer.Limits.TableActiveUsers,
            request.DelaySeconds,
            request.CriticalServiceDownDelaySeconds is null ? "tables" : "given",
            answer.Limits.LowerLimit,
            answer.Limits.UpperLimit,
            answer.CiscoDefaultLowerLimit,
            ServerRecoveryManagerParameters.AdministrationPage,
            parameters,
            axlNames is null ? AxlNames.WhereToFind : null,
            answer.MinimumClockMegahertz,
            finding is null ? [] : [finding],
            answer.Notes.Select(n => new NoteJson(n.Source, n.Text)).ToArray(),
            answer.Warnings.ToArray(),
            restarts.IsEmpty ? null : RestartPlan(restarts));
    }

    public static RestartsDocument Restarts(RestartRequest request) => new(Format, "restarts", RestartPlan(request));

    public static ProfileJson Profile(HardwareProfile profile)
        => new(profile.ToString(), (int)profile, HardwareProfiles.GetName(profile), HardwareProfiles.GetVirtualCpus(profile), HardwareProfiles.GetMemoryGigabytes(profile), HardwareProfiles.GetCpuMegahertz(profile));

    private static RestartPlanJson RestartPlan(RestartRequest request)
    {
        var plan = request.Plan();
        var given = request.GivenRules;
        var nodes = request.ShownNodes.Select(node => new NodeJson(
            node,
            plan.StepsOn(node).Select(step => new StepJson(
                step.Target.ToString(),
                step.IsAutomatic ? "automatic" : Names.Kebab(step.Necessity),
                step.IsAutomatic,
                step.Command,
                step.CiscoWording,
                RestartText.Changes(step, given).Select(c => c.ToString()).ToArray(),
                step.CoveredRules.Select(r => r.Change.ToString()).ToArray(),
                RestartText.Interpretations(step).ToArray(),
                RestartText.SameChangeRows(step, given).Select(r => r.Row.ToString()).Distinct().ToArray())).ToArray(),
            request.LeavingNodes.Where(l => l.Node == node).Select(l => l.Rule.Change.ToString()).ToArray()));
        return new RestartPlanJson(request.Nodes.Count == 0, nodes.ToArray(), RestartText.SameChange(request).ToArray());
    }
}

internal sealed record LimitsDocument(
    string Format,
    string Command,
    ProfileJson Profile,
    string Deployment,
    int[] NodeUsers,
    int EffectiveActiveUsers,
    int TableActiveUsers,
    int CriticalServiceDownDelaySeconds,
    string DelaySource,
    int ClientReLoginLowerLimit,
    int ClientReLoginUpperLimit,
    int? CiscoDefaultDelayLowerLimit,
    string AdministrationPage,
    ServiceParameter[] ServiceParameters,
    string? AxlNames,
    int? MinimumRecommendedClockMegahertz,
    FindingJson[] Findings,
    NoteJson[] Notes,
    string[] Warnings,
    RestartPlanJson? Restarts);

internal sealed record ProfileJson(string Id, int Users, string Name, int VirtualCpus, int MemoryGigabytes, int? CpuMegahertz);

/// <summary>A parameter by its label on the administration page; <c>axlName</c> only where the user gave the internal name.</summary>
internal sealed record ServiceParameter(string Service, string Label, string? AxlName, int Value);

/// <summary>What the lint knows about the row used; <c>reading</c> "impha": the line value is ImpHa's, Cisco's value is the answer.</summary>
internal sealed record FindingJson(string Id, string Reading, int TableActiveUsers, int CiscoValue, int LineValue, string Message);

internal sealed record NoteJson(string Source, string Text);

internal sealed record RestartsDocument(string Format, string Command, RestartPlanJson Restarts);

internal sealed record RestartPlanJson(bool PlaceholderNodes, NodeJson[] Nodes, SameChangeJson[] SameChange);

internal sealed record NodeJson(string Node, StepJson[] Steps, string[] LeavesClusterBy);

internal sealed record StepJson(string Target, string Necessity, bool Automatic, string Command, string CiscoWording, string[] Changes, string[] CoveredChanges, string[] Interpretations, string[] SameChangeRows);
