using ImpHa;

// A typical AXL automation script, with a svcutil-style request type standing in for the real client.
// AXL's updateServiceParameter takes the parameter's internal name, not the label the administration page shows,
// and Cisco does not publish it: the names come from configuration (ParameterNames below).
var client = new AxlClient();
foreach (var node in new[] { "imp1.example.com", "imp2.example.com" })
{
    // Correct: the generated lookup, no number to get wrong, and the internal name from configuration.
    var limits = HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users15000, HaDeployment.ActiveActive, 2000, 1000);
    await client.updateServiceParameterAsync(new UpdateServiceParameterReq
    {
        processNodeName = node,
        service = ImpServiceNames.ServerRecoveryManager,
        name = ParameterNames.UpperLimit,
        value = limits.UpperLimit.ToString(),
    });
}

// Wrong: a hardcoded value under the configured name (ImpHaUpperLimitParameterNames in the .csproj names it to ImpHa).
await client.updateServiceParameterAsync(new UpdateServiceParameterReq
{
    processNodeName = "imp1.example.com",
    service = ImpServiceNames.ServerRecoveryManager,
    name = ParameterNames.UpperLimit,
    value = "300", // IMPHA001
});

Legacy.Configure(client);
Console.WriteLine($"Selected profile: upper {SelectedHaProfile.UpperLimit}, lower {SelectedHaProfile.LowerLimit}; settings object says {new ClusterSettings().UpperLimit}");

internal static class Legacy
{
    // Hardcoded values through your own helper that takes the page's labels (and maps them to the configured names):
    // ImpHa checks them against the selected profile (see the .csproj).
    public static void Configure(AxlClient client)
    {
        client.Set("imp1.example.com", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", "100");  // IMPHA002
        client.Set("imp1.example.com", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");  // correct
        client.Set("imp2.example.com", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "300");  // IMPHA001, IMPHA007
        client.Set("imp1.example.com", "Cisco SIP Proxy", "HTTP Port", "8081");                                 // IMPHA008 (info)
    }
}

/// <summary>
/// The internal names of the two limits on your cluster, as AXL listServiceParameter (service "Cisco Server Recovery
/// Manager") or <c>run sql select paramname from processconfig</c> shows them. These are placeholders: Cisco does not
/// publish the names, so put yours here and in ImpHaLowerLimitParameterNames / ImpHaUpperLimitParameterNames.
/// </summary>
internal static class ParameterNames
{
    public const string LowerLimit = "YourClusterLowerLimitName";
    public const string UpperLimit = "YourClusterUpperLimitName";
}

// Your own settings types: mark the members that hold a limit, and ImpHa checks what is written to them.
internal sealed class ClusterSettings
{
    [ReLoginUpperLimit] public int UpperLimit { get; set; } = 250;                       // IMPHA001
    [ReLoginLowerLimit] public int LowerLimit { get; set; } = SelectedHaProfile.LowerLimit; // correct: the generated constant
}

internal sealed class UpdateServiceParameterReq
{
    public string? processNodeName { get; set; }
    public string? service { get; set; }
    public string? name { get; set; }
    public string? value { get; set; }
}

internal sealed class AxlClient
{
    public Task updateServiceParameterAsync(UpdateServiceParameterReq request)
    {
        Console.WriteLine($"{request.processNodeName}: {request.service} / {request.name} = {request.value}");
        return Task.CompletedTask;
    }

    public void Set(string node, string service, string label, string value)
        => Console.WriteLine($"{node}: {service} / {label} = {value}");
}
