using System.Linq;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.GeneratedApi;
using ImpHa.Analyzers.Settings;

namespace ImpHa.Analyzers.Emit;

/// <summary>The restart types that no table shapes: targets, kinds, the rule class, service names and the planner.</summary>
internal static class RestartTypesEmitter
{
    public static string TargetExpression(RestartTargetKind targets)
        => targets == RestartTargetKind.None
            ? Target(RestartTargetKind.None)
            : string.Join(" | ", RestartTargets.In(targets).Select(t => Target(t.Kind)));

    public static void EmitTargetsAndKinds(SourceWriter w)
    {
        w.TypeHeader("What a configuration change makes you restart. Flags: a change can need several.");
        w.Line("[global::System.Flags]");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartTarget}").Open();
        w.EnumMembers(new[] { ("Nothing.", nameof(RestartTargetKind.None), 0) }.Concat(RestartTargets.All.Select(t => (t.Summary, t.MemberName, t.Value))));
        w.Close();
        w.Line();
        w.TypeHeader("How firmly Cisco's table asks for a restart.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartKind}").Open();
        w.EnumMembers(RestartKinds.All.Select(k => (SourceWriter.Xml(k.Summary), k.MemberName, k.Value)));
        w.Close();
        w.Line();
        w.TypeHeader("On which nodes a rule's restart happens. Cisco rarely says; <see cref=\"RestartRule.Interpretation\"/> gives ImpHa's reading where it is not Cisco's word.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartWhere}").Open();
        w.EnumMembers(RestartPlacement.Wheres.Select(x => (SourceWriter.Xml(x.Summary), x.MemberName, x.Value)));
        w.Close();
        w.Line();
        w.TypeHeader("What brings a restart rule into play.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartCause}").Open();
        w.EnumMembers(RestartPlacement.Causes.Select(x => (SourceWriter.Xml(x.Summary), x.MemberName, x.Value)));
        w.Close();
        w.Line();
        w.TypeHeader(w.Options.Generates(GeneratedParts.Planner)
            ? "How necessary a restart step is. Automatic restarts are apart: <see cref=\"RestartStep.IsAutomatic\"/>."
            : "How necessary a restart is. Automatic restarts are apart: <see cref=\"RestartRule.Automatic\"/>.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartNecessity}").Open();
        w.EnumMembers(RestartNecessities.All.Select(x => (SourceWriter.Xml(x.Summary), x.MemberName, x.Value)));
        w.Close();
    }

    public static void EmitRuleClass(SourceWriter w)
    {
        var attribute = w.Options.GeneratedCodeAttribute;
        w.Block($$"""
            /// <summary>One row of Cisco's "Configurations that Require a Restart" table.</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} sealed class RestartRule
            {
                private readonly ConfigurationChange _change;
                private readonly RestartTarget _restart;
                private readonly RestartTarget _automatic;
                private readonly RestartKind _kind;
                private readonly RestartWhere _where;
                private readonly RestartCause _cause;
                private readonly global::System.Collections.Generic.IReadOnlyList<ConfigurationChange> _sameChange;
                private readonly int _setting;
                private readonly int _menuPath;
                private readonly int _trigger;
                private readonly int _alertName;
                private readonly int _serviceName;
                private readonly int _parameterName;
                private readonly int _printedRestart;
                private readonly int _interpretation;

                /// <summary>Reads the rule's row from the table's data: text ids, then targets, kind, where, cause and the same-change rows, as varints.</summary>
                internal RestartRule(ConfigurationChange change, byte[] data, ref int position)
                {
                    _change = change;
                    _setting = ImpHaPackedText.Read(data, ref position);
                    _menuPath = ImpHaPackedText.Read(data, ref position);
                    _trigger = ImpHaPackedText.Read(data, ref position);
                    _alertName = ImpHaPackedText.Read(data, ref position);
                    _serviceName = ImpHaPackedText.Read(data, ref position);
                    _parameterName = ImpHaPackedText.Read(data, ref position);
                    _printedRestart = ImpHaPackedText.Read(data, ref position);
                    _interpretation = ImpHaPackedText.Read(data, ref position);
                    _restart = (RestartTarget)ImpHaPackedText.Read(data, ref position);
                    _automatic = (RestartTarget)ImpHaPackedText.Read(data, ref position);
                    _kind = (RestartKind)ImpHaPackedText.Read(data, ref position);
                    _where = (RestartWhere)ImpHaPackedText.Read(data, ref position);
                    _cause = (RestartCause)ImpHaPackedText.Read(data, ref position);
                    var sameChange = new ConfigurationChange[ImpHaPackedText.Read(data, ref position)];
                    for (int i = 0; i < sameChange.Length; i++)
                    {
                        sameChange[i] = (ConfigurationChange)ImpHaPackedText.Read(data, ref position);
                    }

                    _sameChange = new global::System.Collections.ObjectModel.ReadOnlyCollection<ConfigurationChange>(sameChange);
                }

                /// <summary>The change this rule is about.</summary>
                public ConfigurationChange Change => _change;

                /// <summary>The configuration area, e.g. "Proxy Configuration".</summary>
                public string Setting => RestartRules.Text(_setting);

                /// <summary>Where it is set in the administration interface, e.g. "Presence &gt; Routing &gt; Settings"; empty where the document gives none.</summary>
                public string MenuPath => RestartRules.Text(_menuPath);

                /// <summary>What triggers the restart, e.g. "Any edit to the Proxy Configuration".</summary>
                public string Trigger => RestartRules.Text(_trigger);

                /// <summary>What you must (or, for conditional rules, may need to) restart.</summary>
                public RestartTarget Restart => _restart;

                /// <summary>What restarts by itself after the change.</summary>
                public RestartTarget Automatic => _automatic;

                /// <summary>Required, conditional, or recommended after an alert.</summary>
                public RestartKind Kind => _kind;

                /// <summary>True when the document says the restart may be needed rather than that it is.</summary>
                public bool IsConditional => Kind == RestartKind.Conditional;

                /// <summary>The alert that triggers the recommendation; empty for other rules.</summary>
                public string AlertName => RestartRules.Text(_alertName);

                /// <summary>The service whose parameter this rule is about, e.g. "Cisco SIP Proxy"; empty for other rules.</summary>
                public string ServiceName => RestartRules.Text(_serviceName);

                /// <summary>The service parameter this rule is about, e.g. "HTTP Port"; empty for other rules.</summary>
                public string ParameterName => RestartRules.Text(_parameterName);

                /// <summary>The "Restart this Service" cell as Cisco prints it.</summary>
                public string PrintedRestart => RestartRules.Text(_printedRestart);

                /// <summary>On which nodes the restart happens: every node, or the node where the change was made (or that raised the alert).</summary>
                public RestartWhere Where => _where;

                /// <summary>A configuration change, an alert, or a run-time condition.</summary>
                public RestartCause Cause => _cause;

                /// <summary>Required, recommended (after an alert) or conditional, from <see cref="Kind"/>.</summary>
                public RestartNecessity Necessity => Kind == RestartKind.Required ? RestartNecessity.Required : Kind == RestartKind.Conditional ? RestartNecessity.Conditional : RestartNecessity.Recommended;

                /// <summary>Where ImpHa reads more into the rule than Cisco's words (the nodes, the service behind "the associated chat server"), what it reads; empty where the rule is Cisco's word alone.</summary>
                public string Interpretation => RestartRules.Text(_interpretation);

                /// <summary>The other rows of the table about the same change: the document lists some changes twice, a few with other restarts. The planners restart what any of them requires; empty for most rules.</summary>
                public global::System.Collections.Generic.IReadOnlyList<ConfigurationChange> SameChange => _sameChange;

                /// <summary>True for Cisco's blanket rule about any parameter of <see cref="ServiceName"/>: <see cref="ParameterName"/> is "*".</summary>
                public bool AppliesToAnyParameter => ParameterName == {{SourceWriter.Literal(RestartPlacement.AnyParameter)}};

                /// <summary>The setting and trigger.</summary>
                public override string ToString() => Setting + ": " + Trigger;
            }
            """);
    }

    public static void EmitServiceNames(SourceWriter w)
    {
        w.TypeHeader("IM and Presence service names exactly as Cisco prints them (AXL's <c>service</c>, Control Center's <c>ServiceList</c>, the CLI).");
        w.Line($"{w.Options.TypeVisibility} static class {GeneratedNames.ImpServiceNames}").Open();
        foreach (var service in ImpServices.All)
        {
            w.Summary(SourceWriter.Xml(service.Summary));
            w.Line($"public const string {service.MemberName} = {SourceWriter.Literal(service.Name)};").Line();
        }

        w.Summary($"The service a single service target restarts, or null for {string.Join(", ", RestartTargets.WholeNode.Select(t => $"<see cref=\"{Target(t.Kind)}\"/>"))} and combinations.");
        w.Line("/// <param name=\"target\">One service flag.</param>");
        w.Line($"public static string{w.Options.NullableReference} ForTarget({GeneratedNames.RestartTarget} target)").Open();
        w.Line("switch (target)").Open();
        foreach (var target in RestartTargets.Services)
        {
            w.Line($"case {Target(target.Kind)}: return {target.Service!.MemberName};");
        }

        w.Line("default: return null;");
        w.Close();
        w.Close();
        w.Close();
    }

    public static void EmitPlanner(SourceWriter w)
    {
        var attribute = w.Options.GeneratedCodeAttribute;
        var perNode = w.Options.Generates(GeneratedParts.Planner)
            ? "; <see cref=\"RestartPlanner.PlanForNodes(global::System.Collections.Generic.IEnumerable{string}, global::System.Collections.Generic.IEnumerable{RestartTrigger})\"/> plans per node"
            : string.Empty;
        w.Block($$"""
            /// <summary>The restarts a set of configuration changes needs, as IM and Presence CLI commands, without saying on which node{{perNode}}.</summary>
            {{attribute}}
            {{w.Options.TypeVisibility}} sealed class RestartPlan
            {
                private readonly RestartTarget _targets;
                private readonly global::System.Collections.Generic.IReadOnlyList<string> _commands;
                private readonly RestartTarget _recommendedTargets;
                private readonly global::System.Collections.Generic.IReadOnlyList<string> _recommendedCommands;
                private readonly RestartTarget _conditionalTargets;
                private readonly global::System.Collections.Generic.IReadOnlyList<string> _conditionalCommands;
                private readonly RestartTarget _automaticTargets;

                internal RestartPlan(RestartTarget targets, RestartTarget recommendedTargets, RestartTarget conditionalTargets, RestartTarget automaticTargets)
                {
                    _targets = targets;
                    _recommendedTargets = recommendedTargets;
                    _conditionalTargets = conditionalTargets;
                    _automaticTargets = automaticTargets;
                    _commands = RestartPlanner.CommandsFor(targets);
                    _recommendedCommands = RestartPlanner.CommandsFor(recommendedTargets);
                    _conditionalCommands = RestartPlanner.CommandsFor(conditionalTargets);
                }

                /// <summary>What must be restarted (required rules). A restart of every node replaces the service restarts; a node restart does not, because it restarts one node while services may need a restart on others.</summary>
                public RestartTarget Targets => _targets;

                /// <summary>CLI commands for <see cref="Targets"/>, each once, e.g. "utils service restart Cisco XCP Router"; run on each affected node.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> Commands => _commands;

                /// <summary>What Cisco recommends restarting after the alerts given, less what <see cref="Targets"/> already restarts.</summary>
                public RestartTarget RecommendedTargets => _recommendedTargets;

                /// <summary>CLI commands for <see cref="RecommendedTargets"/>.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> RecommendedCommands => _recommendedCommands;

                /// <summary>What may need a restart (conditional rules), less what <see cref="Targets"/> and <see cref="RecommendedTargets"/> already restart.</summary>
                public RestartTarget ConditionalTargets => _conditionalTargets;

                /// <summary>CLI commands for <see cref="ConditionalTargets"/>.</summary>
                public global::System.Collections.Generic.IReadOnlyList<string> ConditionalCommands => _conditionalCommands;

                /// <summary>What restarts by itself after the changes: no command needed, but expect the outage.</summary>
                public RestartTarget AutomaticTargets => _automaticTargets;

                /// <summary>True when the changes need no restart at all.</summary>
                public bool IsEmpty => Targets == RestartTarget.None && RecommendedTargets == RestartTarget.None && ConditionalTargets == RestartTarget.None && AutomaticTargets == RestartTarget.None;
            }
            """);

        w.Line();
        w.TypeHeader(w.Options.Generates(GeneratedParts.Planner)
            ? "Turns configuration changes into restart plans: one overall (<see cref=\"Plan(ConfigurationChange[])\"/>) or per node (<see cref=\"PlanForNodes(global::System.Collections.Generic.IEnumerable{string}, RestartTrigger[])\"/>)."
            : "Turns configuration changes into a restart plan (<see cref=\"Plan(ConfigurationChange[])\"/>); the per-node planner comes with the <c>planner</c> part of <c>ImpHaGenerate</c>.");
        w.Line($"{w.Options.TypeVisibility} static partial class RestartPlanner").Open();
        w.Block($$"""
            /// <summary>Plans the restarts for the given rules: each service once, required, recommended, conditional and automatic restarts kept apart; a restart of every node covers the service restarts. Where the document lists a change again (<see cref="RestartRule.SameChange"/>), what either row requires.</summary>
            /// <param name="rules">The rules of the changes made and alerts raised.</param>
            public static RestartPlan Plan(global::System.Collections.Generic.IEnumerable<RestartRule> rules)
            {
                if (rules == null)
                {
                    throw new global::System.ArgumentNullException(nameof(rules));
                }

                RestartTarget required = RestartTarget.None;
                RestartTarget recommended = RestartTarget.None;
                RestartTarget conditional = RestartTarget.None;
                RestartTarget automatic = RestartTarget.None;
                foreach (RestartRule rule in rules)
                {
                    if (rule == null)
                    {
                        continue;
                    }

                    Collect(rule, ref required, ref recommended, ref conditional, ref automatic);
                    foreach (ConfigurationChange other in rule.SameChange)
                    {
                        Collect(RestartRules.Get(other), ref required, ref recommended, ref conditional, ref automatic);
                    }
                }

                required = Simplify(required);
                recommended = Covered(required, recommended);
                conditional = Covered(required | recommended, conditional);
                return new RestartPlan(required, recommended, conditional, automatic);
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

            private static void Collect(RestartRule rule, ref RestartTarget required, ref RestartTarget recommended, ref RestartTarget conditional, ref RestartTarget automatic)
            {
                switch (rule.Necessity)
                {
                    case RestartNecessity.Required:
                        required |= rule.Restart;
                        break;
                    case RestartNecessity.Recommended:
                        recommended |= rule.Restart;
                        break;
                    default:
                        conditional |= rule.Restart;
                        break;
                }

                automatic |= rule.Automatic;
            }

            private static RestartTarget Covered(RestartTarget stronger, RestartTarget weaker)
            {
                if ((stronger & {{Target(RestartTargetKind.System)}}) != 0)
                {
                    return RestartTarget.None;
                }

                return Simplify(weaker & ~stronger);
            }

            """);
        EmitCommands(w);
        w.Close();
    }

    private static void EmitCommands(SourceWriter w)
    {
        var nullable = w.Options.NullableReference;
        var system = SourceWriter.Literal(RestartTargets.SystemRestartCommand);
        var service = SourceWriter.Literal(RestartTargets.ServiceRestartCommandPrefix);
        var isWholeNode = string.Join(" || ", RestartTargets.WholeNode.Select(t => "target == " + Target(t.Kind)));
        var example = SourceWriter.Xml($"\"{RestartTargets.Commands(RestartTargetKind.SipProxy)[0]}\" or \"{RestartTargets.SystemRestartCommand}\"");
        w.Block($$"""
            /// <summary>The IM and Presence CLI command that restarts one target, e.g. {{example}}.</summary>
            /// <param name="target">One flag of <see cref="RestartTarget"/>.</param>
            public static string{{nullable}} CommandFor(RestartTarget target)
            {
                if ({{isWholeNode}})
                {
                    return {{system}};
                }

                string{{nullable}} service = ImpServiceNames.ForTarget(target);
                return service == null ? null : {{service}} + service;
            }
            """);
        w.Line();
        var order = string.Join(", ", RestartTargets.All.Select(t => Target(t.Kind)));
        w.Line($"private static readonly RestartTarget[] s_targetOrder = new RestartTarget[] {{ {order} }};");
        w.Line();
        var replacing = string.Join(" | ", RestartTargets.All.Where(RestartTargets.ReplacesServiceRestarts).Select(t => Target(t.Kind)));
        w.Block($$"""
            /// <summary>The commands for a set of targets, each once, in the order of <see cref="RestartTarget"/>: a restart of every node replaces the service restarts; a node restart is listed after them, because the services may need their restart on nodes that do not restart.</summary>
            internal static global::System.Collections.Generic.IReadOnlyList<string> CommandsFor(RestartTarget targets)
            {
                var commands = new global::System.Collections.Generic.List<string>();
                if ((targets & ({{replacing}})) != 0)
                {
                    commands.Add({{system}});
                    return commands.AsReadOnly();
                }

                foreach (RestartTarget target in s_targetOrder)
                {
                    string{{nullable}} command = (targets & target) != 0 ? CommandFor(target) : null;
                    if (command != null && !commands.Contains(command))
                    {
                        commands.Add(command);
                    }
                }

                return commands.AsReadOnly();
            }

            """);
        w.Block($$"""
            private static RestartTarget Simplify(RestartTarget targets)
            {
                return (targets & {{Target(RestartTargetKind.System)}}) != 0 ? {{Target(RestartTargetKind.System)}} : targets;
            }
            """);
    }

    private static string Target(RestartTargetKind kind) => GeneratedNames.RestartTarget + "." + kind;
}
