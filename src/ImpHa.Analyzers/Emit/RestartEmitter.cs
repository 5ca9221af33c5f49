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
}
