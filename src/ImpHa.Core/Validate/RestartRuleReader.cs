using System.Collections.Generic;
using System.Linq;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;
using ImpHa.Core.Parse;

namespace ImpHa.Core.Validate;

/// <summary>Validates the restart rule CSV into its model, reporting each bad cell where it is.</summary>
public static class RestartRuleReader
{
    private static readonly string[] RequiredColumns = ["id", "setting", "trigger", "restart", "automatic", "kind"];

    public static TableResult<RestartRuleTable> Read(TableFile file)
    {
        var reader = TableReader.Open(file, RequiredColumns);
        var rules = new List<RestartRuleModel>();
        var ids = new HashSet<string>();
        var cells = new Dictionary<string, TableLint.RuleCells>();
        var sameChangeCells = new List<SameChangeCell>();
        foreach (var row in reader.Rows)
        {
            var id = reader.RequiredText(row, "id");
            var setting = reader.RequiredText(row, "setting");
            var trigger = reader.RequiredText(row, "trigger");
            var restart = Targets(reader, row, "restart");
            var automatic = Targets(reader, row, "automatic");
            var kind = Kind(reader, row);
            var alert = reader.Text(row, "alert");
            var service = reader.Text(row, "service");
            var parameter = reader.Text(row, "parameter");
            var where = Where(reader, row);
            var cause = Cause(reader, row, kind);
            if (id.Length == 0 || setting.Length == 0 || trigger.Length == 0 || restart is null || automatic is null || kind is null || where is null || cause is null)
            {
                continue;
            }

            if (!CSharpIdentifiers.IsMemberName(id, out var why))
            {
                reader.Report(TableDiagnosticKind.InvalidIdentifier, reader.Field(row, "id").Location, id, "id", why);
                continue;
            }

            if (!ids.Add(id))
            {
                reader.Report(TableDiagnosticKind.InconsistentTable, reader.Field(row, "id").Location, $"The id '{id}' is used by an earlier row; every rule needs its own id");
                continue;
            }

            if (restart == RestartTargetKind.None && automatic == RestartTargetKind.None)
            {
                reader.Report(TableDiagnosticKind.InconsistentTable, reader.Field(row, "restart").Location, $"Rule '{id}' restarts nothing; name a target in 'restart' or 'automatic' ({RestartTargets.AllowedValues})");
                continue;
            }

            if ((kind == RestartKind.AlertRecommended) != (alert.Length > 0))
            {
                reader.Report(TableDiagnosticKind.InconsistentTable, reader.Field(row, "kind").Location, $"Rule '{id}': kind 'alert' and a value in the 'alert' column go together; set both or neither");
                continue;
            }

            if ((service.Length > 0) != (parameter.Length > 0))
            {
                reader.Report(TableDiagnosticKind.InconsistentTable, row.Location, $"Rule '{id}': 'service' and 'parameter' name a service parameter together; fill in both or neither");
                continue;
            }

            // Only the lint reads where a rule's cells are; the package's own table is not linted in a build.
            if (file.Lints)
            {
                cells[id] = new TableLint.RuleCells(reader.Field(row, "trigger").Location, reader.HasColumn("menu_path") ? reader.Field(row, "menu_path").Location : null);
            }
            var rule = new RestartRuleModel(
                id, setting, reader.Text(row, "menu_path"), trigger, restart.Value, automatic.Value, kind.Value, alert, service, parameter, reader.Text(row, "printed_restart"),
                where.Value, cause.Value, reader.Text(row, "interpretation"), EquatableArray<string>.Empty);
            rules.Add(rule);
            foreach (var other in SameChangeIds(reader.Text(row, "same_change")))
            {
                sameChangeCells.Add(new SameChangeCell(rule.Id, other, reader.Field(row, "same_change").Location));
            }
        }

        rules = WithSameChange(reader, rules, sameChangeCells);

        return reader.HasErrors
            ? new TableResult<RestartRuleTable>(null, reader.Diagnostics.ToEquatableArray())
            : new TableResult<RestartRuleTable>(new RestartRuleTable(rules.ToEquatableArray()), file.Lints ? TableLint.RestartRuleFindings(rules, cells).ToEquatableArray() : EquatableArray<TableDiagnostic>.Empty);
    }

    private static List<string> SameChangeIds(string text)
    {
        var ids = new List<string>();
        foreach (var part in text.Split('|'))
        {
            if (part.Trim() is { Length: > 0 } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>
    /// The optional <c>same_change</c> column: other rows about the same change (the document lists some twice). The
    /// relation goes both ways, so a row listed by another sees it too; an id that is no row, or the row's own, is an error.
    /// </summary>
    private static List<RestartRuleModel> WithSameChange(TableReader reader, List<RestartRuleModel> rules, List<SameChangeCell> cells)
    {
        // Plain loops and lists of ints: a cold compiler compiles generic code once per value type it is used with.
        var related = new List<int>?[rules.Count];
        foreach (var cell in cells)
        {
            var j = IndexOf(rules, cell.Other);
            if (j < 0 || cell.Other == cell.Rule)
            {
                reader.Report(TableDiagnosticKind.InvalidValue, cell.Location, cell.Other, "same_change", "expected the ids of other rows, separated by '|'");
                continue;
            }

            var i = IndexOf(rules, cell.Rule);
            (related[i] ??= new List<int>()).Add(j);
            (related[j] ??= new List<int>()).Add(i);
        }

        var result = new List<RestartRuleModel>(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            result.Add(related[i] is { } others ? rules[i] with { SameChange = IdsInOrder(rules, others) } : rules[i]);
        }

        return result;
    }

    private static EquatableArray<string> IdsInOrder(List<RestartRuleModel> rules, List<int> indexes)
    {
        indexes.Sort();
        var ids = new List<string>(indexes.Count);
        for (var k = 0; k < indexes.Count; k++)
        {
            if (k == 0 || indexes[k] != indexes[k - 1])
            {
                ids.Add(rules[indexes[k]].Id);
            }
        }

        return ids.ToEquatableArray();
    }

    private static int IndexOf(List<RestartRuleModel> rules, string id)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record SameChangeCell(string Rule, string Other, SourceLocation Location);

    private static RestartTargetKind? Targets(TableReader reader, CsvRecord row, string column)
    {
        var text = reader.Text(row, column);
        if (RestartTargets.TryParse(text, out var targets, out var unknown))
        {
            return targets;
        }

        reader.Report(TableDiagnosticKind.InvalidValue, reader.Field(row, column).Location, unknown, column, "expected " + RestartTargets.AllowedValues);
        return null;
    }

    /// <summary>The optional <c>where</c> column: every node unless the table says the edited node.</summary>
    private static RestartWhere? Where(TableReader reader, CsvRecord row)
    {
        var text = reader.Text(row, "where");
        if (text.Length == 0)
        {
            return RestartWhere.EveryNode;
        }

        if (RestartPlacement.TryParseWhere(text, out var where))
        {
            return where;
        }

        reader.Report(TableDiagnosticKind.InvalidValue, reader.Field(row, "where").Location, text, "where", "expected " + RestartPlacement.AllowedWheres);
        return null;
    }

    /// <summary>The optional <c>cause</c> column: an alert for alert rows, else a configuration change.</summary>
    private static RestartCause? Cause(TableReader reader, CsvRecord row, RestartKind? kind)
    {
        var text = reader.Text(row, "cause");
        if (text.Length == 0)
        {
            return kind == RestartKind.AlertRecommended ? RestartCause.Alert : RestartCause.ConfigurationChange;
        }

        if (RestartPlacement.TryParseCause(text, out var cause))
        {
            return cause;
        }

        reader.Report(TableDiagnosticKind.InvalidValue, reader.Field(row, "cause").Location, text, "cause", "expected " + RestartPlacement.AllowedCauses);
        return null;
    }

    private static RestartKind? Kind(TableReader reader, CsvRecord row)
    {
        var text = reader.Text(row, "kind");
        if (RestartKinds.TryParse(text, out var kind))
        {
            return kind;
        }

        reader.Report(TableDiagnosticKind.InvalidValue, reader.Field(row, "kind").Location, text, "kind", "expected " + RestartKinds.AllowedValues);
        return null;
    }
}
