using System;
using System.Collections.Generic;

namespace ImpHa.Analyzers.Domain;

/// <summary>What a configuration change makes you restart; mirrors the generated <c>RestartTarget</c> flags.</summary>
[Flags]
internal enum RestartTargetKind
{
    None = 0,
    XcpRouter = 1,
    SipProxy = 2,
    PresenceEngine = 4,
    ChatServer = 8,
    Node = 16,
    System = 32,
}

internal static class RestartTargetNames
{
    public const string AllowedValues = "XcpRouter, SipProxy, PresenceEngine, ChatServer, Node, System, separated by '|'";

    /// <summary>Parses <c>XcpRouter|SipProxy</c>; false names the first unknown part.</summary>
    public static bool TryParse(string text, out RestartTargetKind targets, out string unknown)
    {
        targets = RestartTargetKind.None;
        unknown = string.Empty;
        foreach (var part in text.Split('|'))
        {
            var name = part.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!Enum.TryParse<RestartTargetKind>(name, ignoreCase: false, out var target) || target == RestartTargetKind.None || !Enum.IsDefined(typeof(RestartTargetKind), target) || char.IsDigit(name[0]))
            {
                unknown = name;
                return false;
            }

            targets |= target;
        }

        return true;
    }

    /// <summary>The services a set of targets restarts, as Cisco prints them (the generated <c>ImpServiceNames</c> holds the same names).</summary>
    public static IReadOnlyList<string> ServiceNames(RestartTargetKind targets)
    {
        var names = new List<string>();
        if (targets.HasFlag(RestartTargetKind.XcpRouter)) names.Add("Cisco XCP Router");
        if (targets.HasFlag(RestartTargetKind.SipProxy)) names.Add("Cisco SIP Proxy");
        if (targets.HasFlag(RestartTargetKind.PresenceEngine)) names.Add("Cisco Presence Engine");
        if (targets.HasFlag(RestartTargetKind.ChatServer)) names.Add("Cisco XCP Text Conference Manager");
        return names;
    }
}
