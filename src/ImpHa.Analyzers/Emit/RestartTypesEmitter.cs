using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
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
        w.EnumMembers(new[] { new EnumMember("Nothing.", nameof(RestartTargetKind.None), 0) }.Concat(RestartTargets.All.Select(t => new EnumMember(t.Summary, t.MemberName, t.Value))));
        w.Close();
        w.Line();
        w.TypeHeader("How firmly Cisco's table asks for a restart.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartKind}").Open();
        w.EnumMembers(RestartKinds.All.Select(k => new EnumMember(SourceWriter.Xml(k.Summary), k.MemberName, k.Value)));
        w.Close();
        w.Line();
        w.TypeHeader("On which nodes a rule's restart happens. Cisco rarely says; <see cref=\"RestartRule.Interpretation\"/> gives ImpHa's reading where it is not Cisco's word.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartWhere}").Open();
        w.EnumMembers(RestartPlacement.Wheres.Select(x => new EnumMember(SourceWriter.Xml(x.Summary), x.MemberName, x.Value)));
        w.Close();
        w.Line();
        w.TypeHeader("What brings a restart rule into play.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartCause}").Open();
        w.EnumMembers(RestartPlacement.Causes.Select(x => new EnumMember(SourceWriter.Xml(x.Summary), x.MemberName, x.Value)));
        w.Close();
        w.Line();
        w.TypeHeader(w.Options.Generates(GeneratedParts.Planner)
            ? "How necessary a restart step is. Automatic restarts are apart: <see cref=\"RestartStep.IsAutomatic\"/>."
            : "How necessary a restart is. Automatic restarts are apart: <see cref=\"RestartRule.Automatic\"/>.");
        w.Line($"{w.Options.TypeVisibility} enum {GeneratedNames.RestartNecessity}").Open();
        w.EnumMembers(RestartNecessities.All.Select(x => new EnumMember(SourceWriter.Xml(x.Summary), x.MemberName, x.Value)));
        w.Close();
    }

    /// <summary>The rule class's part that names Cisco's blanket rule; the rest is in Templates/RestartRules.cs.</summary>
    public static void EmitRuleClass(SourceWriter w)
    {
        w.Line(w.Options.GeneratedCodeAttribute);
        w.Line($"{w.Options.TypeVisibility} sealed partial class RestartRule").Open();
        w.Summary($"True for Cisco's blanket rule about any parameter of <see cref=\"ServiceName\"/>: <see cref=\"ParameterName\"/> is {SourceWriter.Xml(SourceWriter.Literal(RestartPlacement.AnyParameter))}.");
        w.Line($"public bool AppliesToAnyParameter => ParameterName == {SourceWriter.Literal(RestartPlacement.AnyParameter)};");
        w.Close();
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

    /// <summary>The planner's parts that depend on the parts asked for and on the restart rule's commands; Plan itself is in Templates/RestartRules.cs.</summary>
    public static void EmitPlanner(SourceWriter w)
    {
        var perNode = w.Options.Generates(GeneratedParts.Planner)
            ? "; <see cref=\"RestartPlanner.PlanForNodes(global::System.Collections.Generic.IEnumerable{string}, global::System.Collections.Generic.IEnumerable{RestartTrigger})\"/> plans per node"
            : string.Empty;
        w.TypePart("sealed partial class RestartPlan", $"The restarts a set of configuration changes needs, as IM and Presence CLI commands, without saying on which node{perNode}.");
        w.Line();
        w.TypeHeader(w.Options.Generates(GeneratedParts.Planner)
            ? "Turns configuration changes into restart plans: one overall (<see cref=\"Plan(ConfigurationChange[])\"/>) or per node (<see cref=\"PlanForNodes(global::System.Collections.Generic.IEnumerable{string}, RestartTrigger[])\"/>)."
            : "Turns configuration changes into a restart plan (<see cref=\"Plan(ConfigurationChange[])\"/>); the per-node planner comes with the <c>planner</c> part of <c>ImpHaGenerate</c>.");
        w.Line($"{w.Options.TypeVisibility} static partial class RestartPlanner").Open();
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

                // Each flag in turn, lowest first: the enum's order.
                for (RestartTarget target = (RestartTarget)1; target != 0; target = (RestartTarget)((int)target << 1))
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

            private static RestartTarget Covered(RestartTarget stronger, RestartTarget weaker)
            {
                if ((stronger & {{Target(RestartTargetKind.System)}}) != 0)
                {
                    return RestartTarget.None;
                }

                return Simplify(weaker & ~stronger);
            }
            """);
    }

    private static string Target(RestartTargetKind kind) => GeneratedNames.RestartTarget + "." + kind;
}
