using System.Collections.Generic;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits the restart rules: <c>ConfigurationChange</c>, <c>RestartRule</c>, <c>RestartRules</c> and their lookups.</summary>
internal static class RestartEmitter
{
    public const string HintName = "ImpHa.RestartRules.g.cs";

    public static string Emit(RestartRuleTable table, EmitOptions options)
    {
        var w = new SourceWriter(options);
        RestartTypesEmitter.EmitTargetsAndKinds(w);
        w.Line();
        EmitChangeEnum(w, table);
        w.Line();
        RestartTypesEmitter.EmitRuleClass(w);
        w.Line();
        w.TypeHeader("Cisco's \"Configurations that Require a Restart\" table, with lookups by change, alert and service parameter.");
        w.Line($"{w.Options.TypeVisibility} static partial class RestartRules").Open();
        EmitAll(w, table);
        EmitForAlert(w, table);
        EmitForServiceParameter(w, table);
        w.Close();
        w.Line();
        RestartTypesEmitter.EmitServiceNames(w);
        w.Line();
        RestartTypesEmitter.EmitPlanner(w);
        w.Line();
        return w.Template("RestartRules").Finish();
    }

    private static void EmitChangeEnum(SourceWriter w, RestartRuleTable table)
    {
        w.TypeHeader("Every configuration change of the restart table; pass one to <see cref=\"RestartRules.Get\"/>.");
        w.Line($"{w.Options.TypeVisibility} enum ConfigurationChange").Open();
        for (var i = 0; i < table.Rules.Count; i++)
        {
            var rule = table.Rules[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Summary(SourceWriter.Xml($"{rule.Setting}: {rule.Trigger}"));
            w.Line($"{rule.Id} = {i},");
        }

        w.Close();
    }

    private static readonly System.Func<RestartRuleModel, string>[] TextColumns =
    [
        r => r.Setting,
        r => r.MenuPath,
        r => r.Trigger,
        r => r.Alert,
        r => r.Service,
        r => r.Parameter,
        r => r.PrintedRestart,
        r => r.Interpretation,
    ];

    /// <summary>The rows as data the rule's constructor reads (the order of its reads), the texts packed apart.</summary>
    private static void EmitAll(SourceWriter w, RestartRuleTable table)
    {
        var texts = new TextPacker();
        foreach (var text in table.Rules.SelectMany(r => TextColumns.Select(column => column(r))))
        {
            texts.Add(text);
        }

        texts.Pack();
        var rowOf = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < table.Rules.Count; i++)
        {
            rowOf[table.Rules[i].Id] = i;
        }

        var data = new List<byte>();
        foreach (var r in table.Rules)
        {
            foreach (var column in TextColumns)
            {
                TextPacker.WriteVarint(data, texts.Id(column(r)));
            }

            foreach (var value in new[] { (int)r.Restart, (int)r.Automatic, (int)r.Kind, (int)r.Where, (int)r.Cause, r.SameChange.Count })
            {
                TextPacker.WriteVarint(data, value);
            }

            foreach (var id in r.SameChange)
            {
                TextPacker.WriteVarint(data, rowOf[id]);
            }
        }

        texts.WriteTableData(w, data);
        w.Line($"private static readonly RestartRule[] s_rules = ReadRules({table.Rules.Count.Text()});");
        w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<RestartRule> s_all = new global::System.Collections.ObjectModel.ReadOnlyCollection<RestartRule>(s_rules);");
        w.Line();
        w.Summary("Every rule, in the document's order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<RestartRule> All => s_all;");
    }

    private static void EmitForAlert(SourceWriter w, RestartRuleTable table)
    {
        var byAlert = Group(table.Rules.Where(r => r.Alert.Length > 0), r => r.Alert.ToUpperInvariant());
        w.Line();
        w.Summary("What Cisco recommends restarting after an alert (e.g. \"PEIDSQueryError\"), matched ignoring case and surrounding white space; <see cref=\"RestartTarget.None\"/> for an alert the table does not list. Does not allocate.");
        w.Line("/// <param name=\"alertName\">The alert's name as the Real-Time Monitoring Tool shows it.</param>");
        w.Line($"public static RestartTarget ForAlert(string{w.Options.NullableReference} alertName)").Open();
        foreach (var group in byAlert)
        {
            w.Line($"if (ImpHaText.Matches(alertName, {SourceWriter.Literal(group.First().Alert)}))").Open();
            w.Line("return " + RestartTypesEmitter.TargetExpression(Combine(group)) + ";").Close();
            w.Line();
        }

        w.Line("return RestartTarget.None;");
        w.Close();
    }

    private static void EmitForServiceParameter(SourceWriter w, RestartRuleTable table)
    {
        var nullable = w.Options.NullableReference;
        var parameters = table.Rules.Where(r => r.Parameter.Length > 0).ToList();
        w.Line();
        w.Summary("What must be restarted after editing a service parameter, e.g. (\"Cisco SIP Proxy\", \"HTTP Port\"), names matched as Cisco prints them, ignoring case and surrounding white space; a parameter the table does not list by name falls under its service's blanket rule where Cisco gives one (any Cisco XCP Router parameter restarts the Cisco XCP Router); otherwise <see cref=\"RestartTarget.None\"/>. Does not allocate.");
        w.Line("/// <param name=\"service\">The service, e.g. \"Cisco SIP Proxy\" (AXL's <c>service</c>).</param>");
        w.Line("/// <param name=\"parameterName\">The parameter as the administration page labels it.</param>");
        w.Line($"public static RestartTarget ForServiceParameter(string{nullable} service, string{nullable} parameterName)").Open();
        w.Line("RestartTarget targets = RestartTarget.None;");
        foreach (var byService in Group(parameters, r => r.Service.ToUpperInvariant()))
        {
            w.Line($"if (ImpHaText.Matches(service, {SourceWriter.Literal(byService.First().Service)}))").Open();
            foreach (var byParameter in Group(byService.Where(r => !r.IsAnyParameter), r => r.Parameter.ToUpperInvariant()))
            {
                w.Line($"if (ImpHaText.Matches(parameterName, {SourceWriter.Literal(byParameter.First().Parameter)}))").Open();
                w.Line("targets |= " + RestartTypesEmitter.TargetExpression(Combine(byParameter)) + ";").Close();
            }

            var blanket = byService.Where(r => r.IsAnyParameter).ToList();
            if (blanket.Count > 0)
            {
                w.Line("if (targets == RestartTarget.None && parameterName != null && parameterName.Trim().Length > 0)").Open();
                w.Line("targets = " + RestartTypesEmitter.TargetExpression(Combine(blanket)) + ";").Close();
            }

            w.Close();
            w.Line();
        }

        w.Line("return targets;");
        w.Close();
    }

    private static RestartTargetKind Combine(IEnumerable<RestartRuleModel> rules)
        => rules.Aggregate(RestartTargetKind.None, (all, r) => all | r.Restart);

    /// <summary>Groups in first-appearance order, so the output follows the file and stays deterministic.</summary>
    private static List<List<RestartRuleModel>> Group(IEnumerable<RestartRuleModel> rules, System.Func<RestartRuleModel, string> key)
    {
        var groups = new List<List<RestartRuleModel>>();
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var k = key(rule).Trim();
            if (!index.TryGetValue(k, out var i))
            {
                index.Add(k, i = groups.Count);
                groups.Add([]);
            }

            groups[i].Add(rule);
        }

        return groups;
    }
}
