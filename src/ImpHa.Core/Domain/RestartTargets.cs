using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ImpHa.Core.Domain;

/// <summary>What a configuration change makes you restart. Names and values are the generated <c>RestartTarget</c> flags': it is emitted from <see cref="RestartTargets.All"/>.</summary>
[Flags]
public enum RestartTargetKind
{
    None = 0,
    XcpRouter = 1,
    SipProxy = 2,
    PresenceEngine = 4,
    ChatServer = 8,
    Node = 16,
    System = 32,
}

/// <summary>What one restart covers: one service, the node, or every node.</summary>
public enum RestartScope
{
    Service,
    Node,
    System,
}

/// <summary>One restart target: the service it restarts (for service targets) and the generated flag's doc.</summary>
public sealed record RestartTargetInfo(RestartTargetKind Kind, RestartScope Scope, ImpService? Service, string Summary) : CatalogEntry(Kind);

/// <summary>
/// The restart targets and the IM and Presence CLI commands that restart them, defined once: the CSV
/// reader, the emitted <c>RestartTarget</c>, <c>ImpServiceNames.ForTarget</c> and <c>RestartPlanner</c>,
/// and the analyzer's IMPHA008 all come from here.
/// </summary>
public static class RestartTargets
{
    public const string SystemRestartCommand = "utils system restart";
    public const string ServiceRestartCommandPrefix = "utils service restart ";

    public static readonly ImmutableArray<RestartTargetInfo> All =
        ImmutableArray.Create(
        new RestartTargetInfo(RestartTargetKind.XcpRouter, RestartScope.Service, ImpServices.XcpRouter, "The Cisco XCP Router service."),
        new RestartTargetInfo(RestartTargetKind.SipProxy, RestartScope.Service, ImpServices.SipProxy, "The Cisco SIP Proxy service."),
        new RestartTargetInfo(RestartTargetKind.PresenceEngine, RestartScope.Service, ImpServices.PresenceEngine, "The Cisco Presence Engine service."),
        new RestartTargetInfo(RestartTargetKind.ChatServer, RestartScope.Service, ImpServices.XcpTextConferenceManager, "The associated chat server (Cisco XCP Text Conference Manager)."),
        new RestartTargetInfo(RestartTargetKind.Node, RestartScope.Node, null, $"The IM and Presence node itself (<c>{SystemRestartCommand}</c> on that node)."),
        new RestartTargetInfo(RestartTargetKind.System, RestartScope.System, null, "The whole IM and Presence Service: every node."));

    /// <summary>The targets a node or system restart stands for.</summary>
    public static IEnumerable<RestartTargetInfo> WholeNode => All.Where(t => t.Scope != RestartScope.Service);

    /// <summary>The targets that restart one service, in the order commands are printed.</summary>
    public static IEnumerable<RestartTargetInfo> Services => All.Where(t => t.Scope == RestartScope.Service);

    public static string AllowedValues => string.Join(", ", All.Select(t => t.MemberName)) + ", separated by '|'";

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

            var target = All.FirstOrDefault(t => string.Equals(t.MemberName, name, StringComparison.Ordinal));
            if (target is null)
            {
                unknown = name;
                return false;
            }

            targets |= target.Kind;
        }

        return true;
    }

    /// <summary>The flags set in <paramref name="targets"/>, in catalog order.</summary>
    public static IEnumerable<RestartTargetInfo> In(RestartTargetKind targets) => All.Where(t => (targets & t.Kind) == t.Kind);

    /// <summary>The services a set of targets restarts, as Cisco prints them.</summary>
    public static IReadOnlyList<string> ServiceNames(RestartTargetKind targets)
        => In(targets).Where(t => t.Service is not null).Select(t => t.Service!.Name).ToList();

    /// <summary>
    /// The one rule for the commands of a set of targets, which the emitted <c>RestartPlanner.CommandsFor</c> follows:
    /// a restart of every node replaces the service restarts; a node restart is listed after them, because a set of
    /// targets need not be one node's (the services may need their restart on nodes that do not restart).
    /// </summary>
    public static bool ReplacesServiceRestarts(RestartTargetInfo target) => target.Scope == RestartScope.System;

    /// <summary>The CLI command that restarts one target.</summary>
    public static string Command(RestartTargetInfo target)
        => target.Service is null ? SystemRestartCommand : ServiceRestartCommandPrefix + target.Service.Name;

    /// <summary>The CLI commands for a set of targets, each once, in catalog order; see <see cref="ReplacesServiceRestarts"/>.</summary>
    public static IReadOnlyList<string> Commands(RestartTargetKind targets)
        => In(targets).Any(ReplacesServiceRestarts)
            ? [SystemRestartCommand]
            : In(targets).Select(Command).Distinct().ToList();
}
