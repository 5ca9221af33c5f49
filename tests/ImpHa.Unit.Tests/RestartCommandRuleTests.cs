using System.Reflection;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>
/// The commands for a set of restart targets, stated once here and checked against the components'
/// <see cref="RestartTargets.Commands"/> and the emitted <c>RestartPlanner.CommandsFor</c> (compiled and loaded).
/// </summary>
public class RestartCommandRuleTests
{
    private const string Router = "utils service restart Cisco XCP Router";
    private const string Proxy = "utils service restart Cisco SIP Proxy";
    private const string Engine = "utils service restart Cisco Presence Engine";
    private const string Reboot = "utils system restart";

    private static readonly Lazy<Func<int, IReadOnlyList<string>>> Emitted = new(() =>
    {
        var assembly = GeneratedAssembly.Load(GeneratorHarness.DefaultTables());
        var planner = assembly.GetType(GeneratedNames.MetadataName(GeneratedNames.DefaultNamespace, "RestartPlanner"))!;
        var target = assembly.GetType(GeneratedNames.MetadataName(GeneratedNames.DefaultNamespace, GeneratedNames.RestartTarget))!;
        var method = planner.GetMethod("CommandsFor", BindingFlags.NonPublic | BindingFlags.Static)!;
        return flags => (IReadOnlyList<string>)method.Invoke(null, [Enum.ToObject(target, flags)])!;
    });

    /// <summary>
    /// The rule: each service once, in catalog order; a restart of every node (System) replaces them all; a node
    /// restart (Node) is listed after the services, because a set of targets need not be one node's.
    /// </summary>
    public static TheoryData<int, string[]> Rule() => new()
    {
        { (int)(RestartTargetKind.None), [] },
        { (int)(RestartTargetKind.SipProxy | RestartTargetKind.XcpRouter), [Router, Proxy] },
        { (int)(RestartTargetKind.PresenceEngine | RestartTargetKind.SipProxy | RestartTargetKind.XcpRouter), [Router, Proxy, Engine] },
        { (int)(RestartTargetKind.Node), [Reboot] },
        { (int)(RestartTargetKind.Node | RestartTargetKind.SipProxy), [Proxy, Reboot] },
        { (int)(RestartTargetKind.System), [Reboot] },
        { (int)(RestartTargetKind.System | RestartTargetKind.SipProxy | RestartTargetKind.Node), [Reboot] },
        { (int)(RestartTargetKind.ChatServer), ["utils service restart Cisco XCP Text Conference Manager"] },
    };

    [Theory]
    [MemberData(nameof(Rule))]
    public void Components_and_emitted_planner_give_the_rule_s_commands(int targets, string[] expected)
    {
        Assert.Equal(expected, RestartTargets.Commands((RestartTargetKind)targets));
        Assert.Equal(expected, Emitted.Value(targets));
    }
}
