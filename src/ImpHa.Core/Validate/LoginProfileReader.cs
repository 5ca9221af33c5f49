using System;
using System.Collections.Generic;
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
        var groups = new Dictionary<(int Profile, HaDeploymentKind Deployment), List<(LoginRowModel Row, int? Table)>>();
        var upperCells = new Dictionary<(int Profile, HaDeploymentKind Deployment, int Users), SourceLocation>();
        var captions = new Dictionary<(int Profile, HaDeploymentKind Deployment), (int Rate, SourceLocation Location)>();
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

            var key = (profile.Value, deployment);
            if (!groups.TryGetValue(key, out var rows))
            {
                groups.Add(key, rows = []);
            }

            if (rows.Any(r => r.Row.ActiveUsers == users))
            {
                reader.Report(
                    TableDiagnosticKind.InconsistentTable,
                    reader.Field(row, "active_users").Location,
                    $"The {profile} {deployment.DocumentName()} table already has a row for {users} active users; keep one row per user count");
                continue;
            }

            rows.Add((new LoginRowModel(users.Value, lower.Value, upper.Value), table));
            upperCells[(profile.Value, deployment, users.Value)] = reader.Field(row, "upper_limit").Location;
            if (captionRate is int rate && !captions.ContainsKey(key))
            {
                captions.Add(key, (rate, reader.Field(row, "caption_rate").Location));
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

        var tables = groups
            .OrderBy(g => g.Key.Profile)
            .ThenBy(g => g.Key.Deployment)
            .Select(g => new LoginTableModel(
                g.Key.Profile,
                g.Key.Deployment,
                g.Value[0].Table,
                g.Value.Select(r => r.Row).OrderBy(r => r.ActiveUsers).ToEquatableArray()))
            .ToEquatableArray();
        return new TableResult<LoginProfileTable>(new LoginProfileTable(tables, sharedLowerLimit.Value), file.Lints ? Lint(tables, hardware, upperCells, captions).ToEquatableArray() : EquatableArray<TableDiagnostic>.Empty);
    }

    /// <summary>IMPHA109: rows off their table's own line, and captions whose rate the values do not bear out.</summary>
    private static IEnumerable<TableDiagnostic> Lint(
        EquatableArray<LoginTableModel> tables,
        HardwareProfileTable? hardware,
        Dictionary<(int Profile, HaDeploymentKind Deployment, int Users), SourceLocation> upperCells,
        Dictionary<(int Profile, HaDeploymentKind Deployment), (int Rate, SourceLocation Location)> captions)
    {
        foreach (var table in tables)
        {
            // No pattern or out variable in a condition a mutant could negate: one mutant that does not compile makes Stryker drop the whole method.
            var implied = TableLint.ImpliedRate(table);
            if (implied is null)
            {
                continue;
            }

            var rate = implied.Value;

            var name = $"{hardware?.NameOf(table.Profile) ?? table.Profile.Text()} {table.Deployment.DocumentName()}" + (table.TableNumber is int number ? $" (Table {number.Text()})" : string.Empty);
            foreach (var row in table.Rows)
            {
                var line = TableLint.LineValue(row, rate);
                if (line != row.UpperLimit)
                {
                    yield return TableDiagnostic.Create(
                        TableDiagnosticKind.DataLint,
                        upperCells[(table.Profile, table.Deployment, row.ActiveUsers)],
                        $"{name}, {row.ActiveUsers.Text()} active users: Cisco prints an upper limit of {row.UpperLimit.Text()}, but the table's own line (lower limit + users / {TableLint.Rate(rate)} users per second) gives {line.Text()}; ImpHa keeps Cisco's value");
                }
            }

            (int Rate, SourceLocation Location) caption = default;
            if (captions.TryGetValue((table.Profile, table.Deployment), out caption) && Math.Abs(caption.Rate - rate) > 0.5)
            {
                yield return TableDiagnostic.Create(
                    TableDiagnosticKind.DataLint,
                    caption.Location,
                    $"{name}: the caption's login rate is {caption.Rate.Text()} users per second, but the values imply {TableLint.Rate(rate)} (upper - lower = users / {TableLint.Rate(rate)}); ImpHa uses the values");
            }
        }
    }
}
