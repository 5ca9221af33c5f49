using System;

namespace ImpHa.SourceGeneration.Tables;

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
}
