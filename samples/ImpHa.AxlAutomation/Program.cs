using ImpHa;

// A typical AXL automation script, with a svcutil-style request type standing in for the real client.
// AXL takes the parameter's internal name, not the page's label, and Cisco does not publish it: put the names
// listServiceParameter (or `run sql select paramname from processconfig`) shows on your cluster here and in the .csproj.
const string LowerLimitName = "YourClusterLowerLimitName"; // placeholder
const string UpperLimitName = "YourClusterUpperLimitName"; // placeholder

var client = new AxlClient();
foreach (var node in new[] { "imp1.example.com", "imp2.example.com" })
{
    // Correct: the generated lookup, no number to get wrong, and the internal name from configuration.
    var limits = HaLoginProfiles.ForRedundancyGroup(HardwareProfile.Users15000, HaDeployment.ActiveActive, 2000, 1000);
    await client.updateServiceParameterAsync(new UpdateServiceParameterReq
    {
        processNodeName = node,
        service = ImpServiceNames.ServerRecoveryManager,
        name = LowerLimitName,
        value = limits.LowerLimit.ToString(),
    });
    await client.updateServiceParameterAsync(new UpdateServiceParameterReq
    {
        processNodeName = node,
        service = ImpServiceNames.ServerRecoveryManager,
        name = UpperLimitName,
        value = limits.UpperLimit.ToString(),
    });
}

// Wrong: a hardcoded value under the configured name (ImpHaUpperLimitParameterNames in the .csproj names it to ImpHa).
await client.updateServiceParameterAsync(new UpdateServiceParameterReq
{
    processNodeName = "imp1.example.com",
    service = ImpServiceNames.ServerRecoveryManager,
    name = UpperLimitName,
    value = "300", // IMPHA001
});

Legacy.Configure(client);
Console.WriteLine($"Selected profile: upper {SelectedHaProfile.UpperLimit}, lower {SelectedHaProfile.LowerLimit}; settings object says {new ClusterSettings().UpperLimit}");

// Your own settings types: mark the members that hold a limit, and ImpHa checks what is written to them.
internal sealed class ClusterSettings
{
    [ReLoginUpperLimit] public int UpperLimit { get; set; } = 250;                       // IMPHA001
    [ReLoginLowerLimit] public int LowerLimit { get; set; } = SelectedHaProfile.LowerLimit; // correct: the generated constant
}

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
