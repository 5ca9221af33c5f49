using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;

namespace ImpHa.Core.Validate;

/// <summary>Validates the login profile CSV into its model, reporting each bad cell where it is.</summary>
public static class LoginProfileReader
{
    private static readonly string[] RequiredColumns = ["profile", "deployment", "active_users", "lower_limit", "upper_limit"];

    /// <summary>Reads the rows and checks them against the hardware profiles, which name the valid profiles.</summary>
    public static TableResult<LoginProfileTable> Read(TableFile file, HardwareProfileTable? hardware)
    {
        var reader = TableReader.Open(file, RequiredColumns);
        var groups = new List<Group>();
        int? sharedLowerLimit = null;
        foreach (var row in reader.Rows)
        {
            var profile = reader.PositiveInt(row, "profile");
            var deploymentText = reader.Text(row, "deployment");
            var users = reader.PositiveInt(row, "active_users");
            var lower = reader.PositiveInt(row, "lower_limit");
            var upper = reader.PositiveInt(row, "upper_limit");
            var table = reader.OptionalPositiveInt(row, "table");
            var captionRate = reader.OptionalPositiveInt(row, "caption_rate");
            if (!HaDeployments.TryParse(deploymentText, out var deployment))
            {
                reader.Report(TableDiagnosticKind.InvalidValue, reader.Field(row, "deployment").Location, deploymentText, "deployment", "expected " + HaDeployments.AllowedValues);
                continue;
            }

            if (profile is null || users is null || lower is null || upper is null)
            {
                continue;
            }

            if (hardware is not null && !hardware.Contains(profile.Value))
            {
                reader.Report(
                    TableDiagnosticKind.InconsistentTable,
                    reader.Field(row, "profile").Location,
                    $"Profile {profile} is not in the hardware profile table (it has {hardware.KnownCapacities}); fix the capacity or add the profile to the hardware profile CSV");
                continue;
            }

            sharedLowerLimit ??= lower;
            if (lower != sharedLowerLimit)
            {
                reader.Report(
                    TableDiagnosticKind.InconsistentTable,
                    reader.Field(row, "lower_limit").Location,
                    $"Lower limit {lower} differs from the {sharedLowerLimit} of the rows above; the lower limit is the cluster-wide Critical Service Down Delay, so every row must share it");
                continue;
            }

            var group = Group.Find(groups, profile.Value, deployment);
            if (group is null)
            {
                groups.Add(group = new Group(profile.Value, deployment, table));
            }

            if (group.Has(users.Value))
            {
                reader.Report(
                    TableDiagnosticKind.InconsistentTable,
                    reader.Field(row, "active_users").Location,
                    $"The {profile} {deployment.DocumentName()} table already has a row for {users} active users; keep one row per user count");
                continue;
            }

            group.Rows.Add(new Row(new LoginRowModel(users.Value, lower.Value, upper.Value), reader.Field(row, "upper_limit").Location));
            if (captionRate is int rate && group.Caption is null)
            {
                group.Caption = new Caption(rate, reader.Field(row, "caption_rate").Location);
            }
        }

        if (sharedLowerLimit is null && !reader.HasErrors && reader.Document.Header is not null)
        {
            reader.Report(TableDiagnosticKind.InconsistentTable, reader.Document.Header.Location, "The login profile table has no rows; add at least one row below the header");
        }

        if (reader.HasErrors || sharedLowerLimit is null)
        {
            return new TableResult<LoginProfileTable>(null, reader.Diagnostics.ToEquatableArray());
        }

        groups.Sort(Group.Compare);
        var tables = new LoginTableModel[groups.Count];
        for (var i = 0; i < tables.Length; i++)
        {
            tables[i] = groups[i].ToModel();
        }

        var model = new LoginProfileTable(new EquatableArray<LoginTableModel>(ImmutableArray.Create(tables)), sharedLowerLimit.Value);
        return new TableResult<LoginProfileTable>(model, file.Lints ? Lint(groups, model.Tables, hardware).ToEquatableArray() : EquatableArray<TableDiagnostic>.Empty);
    }

    /// <summary>IMPHA109: rows off their table's own line, and captions whose rate the values do not bear out.</summary>
    private static IEnumerable<TableDiagnostic> Lint(List<Group> groups, EquatableArray<LoginTableModel> tables, HardwareProfileTable? hardware)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var group = groups[t];
            // No pattern or out variable in a condition a mutant could negate: one mutant that does not compile makes Stryker drop the whole method.
            var implied = TableLint.ImpliedRate(table);
            if (implied is null)
            {
                continue;
            }

            var rate = implied.Value;

            var name = $"{hardware?.NameOf(table.Profile) ?? table.Profile.Text()} {table.Deployment.DocumentName()}" + (table.TableNumber is int number ? $" (Table {number.Text()})" : string.Empty);
            foreach (var cell in group.Rows)
            {
                var row = cell.Model;
                var line = TableLint.LineValue(row, rate);
                if (line != row.UpperLimit)
                {
                    yield return TableDiagnostic.Create(
                        TableDiagnosticKind.DataLint,
                        cell.UpperCell,
                        $"{name}, {row.ActiveUsers.Text()} active users: Cisco prints an upper limit of {row.UpperLimit.Text()}, but the table's own line (lower limit + users / {TableLint.Rate(rate)} users per second) gives {line.Text()}; ImpHa keeps Cisco's value");
                }
            }

            var caption = group.Caption;
            if (caption is not null && Math.Abs(caption.Rate - rate) > 0.5)
            {
                yield return TableDiagnostic.Create(
                    TableDiagnosticKind.DataLint,
                    caption.Location,
                    $"{name}: the caption's login rate is {caption.Rate.Text()} users per second, but the values imply {TableLint.Rate(rate)} (upper - lower = users / {TableLint.Rate(rate)}); ImpHa uses the values");
            }
        }
    }

    // Classes rather than tuples as keys and values: a cold compiler compiles generic collection code once per value type.
    private sealed record Row(LoginRowModel Model, SourceLocation UpperCell);

    private sealed record Caption(int Rate, SourceLocation Location);

    /// <summary>The rows of one profile and deployment, in the order the file has them.</summary>
    private sealed class Group(int profile, HaDeploymentKind deployment, int? tableNumber)
    {
        public List<Row> Rows { get; } = new();

        public Caption? Caption { get; set; }

        public static Group? Find(List<Group> groups, int profile, HaDeploymentKind deployment)
        {
            foreach (var group in groups)
            {
                if (group.Profile == profile && group.Deployment == deployment)
                {
                    return group;
                }
            }

            return null;
        }

        public static int Compare(Group a, Group b) => a.Profile != b.Profile ? a.Profile.CompareTo(b.Profile) : ((int)a.Deployment).CompareTo((int)b.Deployment);

        private int Profile => profile;

        private HaDeploymentKind Deployment => deployment;

        public bool Has(int activeUsers)
        {
            foreach (var row in Rows)
            {
                if (row.Model.ActiveUsers == activeUsers)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The table's model, its rows by users; <see cref="Rows"/> is sorted the same way, so the lint reads them in step.</summary>
        public LoginTableModel ToModel()
        {
            // No two rows of a group have the same users, so the order is the one OrderBy gave.
            Rows.Sort(static (a, b) => a.Model.ActiveUsers.CompareTo(b.Model.ActiveUsers));
            var rows = new LoginRowModel[Rows.Count];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = Rows[i].Model;
            }

            return new LoginTableModel(profile, deployment, tableNumber, new EquatableArray<LoginRowModel>(ImmutableArray.Create(rows)));
        }
    }
}
