using System.Collections.Immutable;

namespace ImpHa.Core.Domain;

/// <summary>An IM and Presence service: its generated member name, its name exactly as Cisco prints it, and what it is for.</summary>
public sealed record ImpService(string MemberName, string Name, string? Role)
{
    /// <summary>The generated constant's doc, e.g. "Cisco XCP Text Conference Manager": the chat server.</summary>
    public string Summary => Role is null ? $"\"{Name}\"." : $"\"{Name}\": {Role}.";
}

/// <summary>The services ImpHa names: the one list the generated <c>ImpServiceNames</c>, the restart targets and the analyzer use.</summary>
public static class ImpServices
{
    public static readonly ImpService XcpRouter = new("XcpRouter", "Cisco XCP Router", null);
    public static readonly ImpService SipProxy = new("SipProxy", "Cisco SIP Proxy", null);
    public static readonly ImpService PresenceEngine = new("PresenceEngine", "Cisco Presence Engine", null);
    public static readonly ImpService ServerRecoveryManager = new("ServerRecoveryManager", "Cisco Server Recovery Manager", "owns the re-login limits and the Critical Service Down Delay");
    public static readonly ImpService XcpTextConferenceManager = new("XcpTextConferenceManager", "Cisco XCP Text Conference Manager", "the chat server");
    public static readonly ImpService XcpFileTransferManager = new("XcpFileTransferManager", "Cisco XCP File Transfer Manager", null);

    public static readonly ImmutableArray<ImpService> All =
        ImmutableArray.Create<ImpService>(XcpRouter, SipProxy, PresenceEngine, ServerRecoveryManager, XcpTextConferenceManager, XcpFileTransferManager);

    /// <summary>The service with this name, ignoring case and surrounding blanks; null when ImpHa does not know it.</summary>
    public static ImpService? Find(string name)
    {
        var trimmed = name.Trim();
        foreach (var service in All)
        {
            if (string.Equals(service.Name, trimmed, System.StringComparison.OrdinalIgnoreCase))
            {
                return service;
            }
        }

        return null;
    }
}
