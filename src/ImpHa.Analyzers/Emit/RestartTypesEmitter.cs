using System.Collections.Generic;
using ImpHa.Analyzers.Domain;

namespace ImpHa.Analyzers.Emit;

/// <summary>The restart types that no table shapes: targets, kinds, the rule class, service names and the planner.</summary>
internal static class RestartTypesEmitter
{
    public static string TargetExpression(RestartTargetKind targets)
    {
        if (targets == RestartTargetKind.None)
        {
            return "RestartTarget.None";
        }

        var parts = new List<string>();
        foreach (RestartTargetKind flag in System.Enum.GetValues(typeof(RestartTargetKind)))
        {
            if (flag != RestartTargetKind.None && (targets & flag) == flag)
            {
                parts.Add("RestartTarget." + flag);
            }
        }

        return string.Join(" | ", parts);
    }

    public static void EmitTargetsAndKinds(SourceWriter w)
    {
        var attribute = w.Options.GeneratedCodeAttribute;
        w.Block($$"""
            /// <summary>What a configuration change makes you restart. Flags: a change can need several.</summary>
            {{attribute}}
            [global::System.Flags]
            {{w.Options.TypeVisibility}} enum RestartTarget
            {
                /// <summary>Nothing.</summary>
                None = 0,

                /// <summary>The Cisco XCP Router service.</summary>
                XcpRouter = 1,

                /// <summary>The Cisco SIP Proxy service.</summary>
                SipProxy = 2,

                /// <summary>The Cisco Presence Engine service.</summary>
                PresenceEngine = 4,

                /// <summary>The associated chat server (Cisco XCP Text Conference Manager).</summary>
                ChatServer = 8,

                /// <summary>The IM and Presence node itself (<c>utils system restart</c> on that node).</summary>
                Node = 16,

                /// <summary>The whole IM and Presence Service: every node.</summary>
                System = 32,
            }

            /// <summary>How firmly Cisco's table asks for a restart.</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} enum RestartKind
            {
                /// <summary>The change requires the restart.</summary>
                Required = 0,

                /// <summary>The restart may be needed: "you may need…", "you may be asked…".</summary>
                Conditional = 1,

                /// <summary>Cisco recommends the restart after an alert is raised.</summary>
                AlertRecommended = 2,
            }
            """);
    }

    public static void EmitRuleClass(SourceWriter w)
    {
        var attribute = w.Options.GeneratedCodeAttribute;
        w.Block($$"""
            /// <summary>One row of Cisco's "Configurations that Require a Restart" table.</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} sealed class RestartRule
            {
                internal RestartRule(ConfigurationChange change, string setting, string menuPath, string trigger, RestartTarget restart, RestartTarget automatic, RestartKind kind, string alertName, string serviceName, string parameterName, string printedRestart)
                {
                    Change = change;
                    Setting = setting;
                    MenuPath = menuPath;
                    Trigger = trigger;
                    Restart = restart;
                    Automatic = automatic;
                    Kind = kind;
                    AlertName = alertName;
                    ServiceName = serviceName;
                    ParameterName = parameterName;
                    PrintedRestart = printedRestart;
                }

                /// <summary>The change this rule is about.</summary>
                public ConfigurationChange Change { get; }

                /// <summary>The configuration area, e.g. "Proxy Configuration".</summary>
                public string Setting { get; }

                /// <summary>Where it is set in the administration interface, e.g. "Presence &gt; Routing &gt; Settings"; empty where the document gives none.</summary>
                public string MenuPath { get; }

                /// <summary>What triggers the restart, e.g. "Any edit to the Proxy Configuration".</summary>
                public string Trigger { get; }

                /// <summary>What you must (or, for conditional rules, may need to) restart.</summary>
                public RestartTarget Restart { get; }

                /// <summary>What restarts by itself after the change.</summary>
                public RestartTarget Automatic { get; }

                /// <summary>Required, conditional, or recommended after an alert.</summary>
                public RestartKind Kind { get; }

                /// <summary>True when the document says the restart may be needed rather than that it is.</summary>
                public bool IsConditional => Kind == RestartKind.Conditional;

                /// <summary>The alert that triggers the recommendation; empty for other rules.</summary>
                public string AlertName { get; }

                /// <summary>The service whose parameter this rule is about, e.g. "Cisco SIP Proxy"; empty for other rules.</summary>
                public string ServiceName { get; }

                /// <summary>The service parameter this rule is about, e.g. "HTTP Port"; empty for other rules.</summary>
                public string ParameterName { get; }

                /// <summary>The "Restart this Service" cell as Cisco prints it.</summary>
                public string PrintedRestart { get; }

                /// <summary>The setting and trigger.</summary>
                public override string ToString() => Setting + ": " + Trigger;
            }
            """);
    }

    public static void EmitServiceNames(SourceWriter w)
    {
        var attribute = w.Options.GeneratedCodeAttribute;
        w.Block($$"""
            /// <summary>IM and Presence service names exactly as Cisco prints them (AXL's <c>service</c>, Control Center's <c>ServiceList</c>, the CLI).</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} static class ImpServiceNames
            {
                /// <summary>"Cisco XCP Router".</summary>
                public const string XcpRouter = "Cisco XCP Router";

                /// <summary>"Cisco SIP Proxy".</summary>
                public const string SipProxy = "Cisco SIP Proxy";

                /// <summary>"Cisco Presence Engine".</summary>
                public const string PresenceEngine = "Cisco Presence Engine";

                /// <summary>"Cisco Server Recovery Manager": owns the re-login limits and the Critical Service Down Delay.</summary>
                public const string ServerRecoveryManager = "Cisco Server Recovery Manager";

                /// <summary>"Cisco XCP Text Conference Manager": the chat server.</summary>
                public const string XcpTextConferenceManager = "Cisco XCP Text Conference Manager";

                /// <summary>"Cisco XCP File Transfer Manager".</summary>
                public const string XcpFileTransferManager = "Cisco XCP File Transfer Manager";

                /// <summary>The service a single service target restarts, or null for <see cref="RestartTarget.Node"/>, <see cref="RestartTarget.System"/> and combinations.</summary>
                /// <param name="target">One service flag.</param>
                public static string{{w.Options.NullableReference}} ForTarget(RestartTarget target)
                {
                    switch (target)
                    {
                        case RestartTarget.XcpRouter: return XcpRouter;
                        case RestartTarget.SipProxy: return SipProxy;
                        case RestartTarget.PresenceEngine: return PresenceEngine;
                        case RestartTarget.ChatServer: return XcpTextConferenceManager;
                        default: return null;
                    }
                }
            }
            """);
    }

    public static void EmitPlanner(SourceWriter w)
    {
        var attribute = w.Options.GeneratedCodeAttribute;
        w.Block($$"""
            /// <summary>The restarts a set of configuration changes needs, as IM and Presence CLI commands.</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} sealed class RestartPlan
            {
                internal RestartPlan(RestartTarget targets, RestartTarget conditionalTargets, RestartTarget automaticTargets)
                {
                    Targets = targets;
                    ConditionalTargets = conditionalTargets;
                    AutomaticTargets = automaticTargets;
                    Commands = RestartPlanner.CommandsFor(targets);
                    ConditionalCommands = RestartPlanner.CommandsFor(conditionalTargets);
                }

                /// <summary>What must be restarted (required and alert-recommended rules); a node or system restart replaces the service restarts it covers.</summary>
                public RestartTarget Targets { get; }

                /// <summary>CLI commands for <see cref="Targets"/>, each service once, e.g. "utils service restart Cisco XCP Router"; run on each affected node.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> Commands { get; }

                /// <summary>What may need a restart (conditional rules), less what <see cref="Targets"/> already restarts.</summary>
                public RestartTarget ConditionalTargets { get; }

                /// <summary>CLI commands for <see cref="ConditionalTargets"/>.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> ConditionalCommands { get; }

                /// <summary>What restarts by itself after the changes: no command needed, but expect the outage.</summary>
                public RestartTarget AutomaticTargets { get; }

                /// <summary>True when the changes need no restart at all.</summary>
                public bool IsEmpty => Targets == RestartTarget.None && ConditionalTargets == RestartTarget.None && AutomaticTargets == RestartTarget.None;
            }

            /// <summary>Turns configuration changes into one restart plan.</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} static class RestartPlanner
            {
                private const RestartTarget WholeNode = RestartTarget.Node | RestartTarget.System;

                /// <summary>Plans the restarts for the given rules: each service once, node or system restarts covering service restarts, conditional and automatic restarts kept apart.</summary>
                /// <param name="rules">The rules of the changes made.</param>
                public static RestartPlan Plan(global::System.Collections.Generic.IEnumerable<RestartRule> rules)
                {
                    if (rules == null)
                    {
                        throw new global::System.ArgumentNullException(nameof(rules));
                    }

                    RestartTarget required = RestartTarget.None;
                    RestartTarget conditional = RestartTarget.None;
                    RestartTarget automatic = RestartTarget.None;
                    foreach (RestartRule rule in rules)
                    {
                        if (rule == null)
                        {
                            continue;
                        }

                        if (rule.IsConditional)
                        {
                            conditional |= rule.Restart;
                        }
                        else
                        {
                            required |= rule.Restart;
                        }

                        automatic |= rule.Automatic;
                    }

                    required = Simplify(required);
                    conditional = (required & WholeNode) != 0 ? RestartTarget.None : Simplify(conditional & ~required);
                    return new RestartPlan(required, conditional, automatic);
                }

                /// <summary>Plans the restarts for the given configuration changes.</summary>
                /// <param name="changes">The changes made.</param>
                public static RestartPlan Plan(params ConfigurationChange[] changes)
                {
                    if (changes == null)
                    {
                        throw new global::System.ArgumentNullException(nameof(changes));
                    }

                    var rules = new RestartRule[changes.Length];
                    for (int i = 0; i < changes.Length; i++)
                    {
                        rules[i] = RestartRules.Get(changes[i]);
                    }

                    return Plan(rules);
                }

                /// <summary>The IM and Presence CLI command that restarts one target, e.g. "utils service restart Cisco SIP Proxy" or "utils system restart".</summary>
                /// <param name="target">One flag of <see cref="RestartTarget"/>.</param>
                public static string{{w.Options.NullableReference}} CommandFor(RestartTarget target)
                {
                    if (target == RestartTarget.Node || target == RestartTarget.System)
                    {
                        return "utils system restart";
                    }

                    string{{w.Options.NullableReference}} service = ImpServiceNames.ForTarget(target);
                    return service == null ? null : "utils service restart " + service;
                }

                internal static global::System.Collections.Generic.IReadOnlyList<string> CommandsFor(RestartTarget targets)
                {
                    var commands = new global::System.Collections.Generic.List<string>();
                    if ((targets & WholeNode) != 0)
                    {
                        commands.Add("utils system restart");
                    }
                    else
                    {
                        AddService(commands, targets, RestartTarget.XcpRouter);
                        AddService(commands, targets, RestartTarget.SipProxy);
                        AddService(commands, targets, RestartTarget.PresenceEngine);
                        AddService(commands, targets, RestartTarget.ChatServer);
                    }

                    return commands.AsReadOnly();
                }

                private static void AddService(global::System.Collections.Generic.List<string> commands, RestartTarget targets, RestartTarget service)
                {
                    if ((targets & service) != 0)
                    {
                        commands.Add("utils service restart " + ImpServiceNames.ForTarget(service));
                    }
                }

                private static RestartTarget Simplify(RestartTarget targets)
                {
                    if ((targets & RestartTarget.System) != 0)
                    {
                        return RestartTarget.System;
                    }

                    return (targets & RestartTarget.Node) != 0 ? RestartTarget.Node : targets;
                }
            }
            """);
    }
}
