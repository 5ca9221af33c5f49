using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;

namespace ImpHa.Core.Validate;

/// <summary>Validates the hardware profile CSV into its model, reporting each bad cell where it is.</summary>
public static class HardwareProfileReader
{
    private static readonly string[] RequiredColumns = ["profile", "name", "vcpu", "memory_gb"];

    public static TableResult<HardwareProfileTable> Read(TableFile file)
    {
        var reader = TableReader.Open(file, RequiredColumns);
        var profiles = new List<HardwareProfileModel>();
        var seen = new HashSet<int>();
        var clockCells = new Dictionary<int, TableLint.ClockCells>();
        var hasClocks = reader.HasColumn("min_clock_mhz_active_active") && reader.HasColumn("min_clock_mhz_active_standby");
        foreach (var row in reader.Rows)
        {
            var capacity = reader.PositiveInt(row, "profile");
            var name = reader.RequiredText(row, "name");
            var vcpu = reader.PositiveInt(row, "vcpu");
            var memory = reader.PositiveInt(row, "memory_gb");
            var mhz = reader.OptionalPositiveInt(row, "cpu_mhz");
            var clockActiveActive = reader.OptionalPositiveInt(row, "min_clock_mhz_active_active");
            var clockActiveStandby = reader.OptionalPositiveInt(row, "min_clock_mhz_active_standby");
            if (capacity is null || vcpu is null || memory is null || name.Length == 0)
            {
                continue;
            }

            if (!seen.Add(capacity.Value))
            {
                reader.Report(
                    TableDiagnosticKind.InconsistentTable,
                    reader.Field(row, "profile").Location,
                    $"Hardware profile {capacity} is listed twice; keep one row per profile");
                continue;
            }

            if (hasClocks)
            {
                clockCells[capacity.Value] = new TableLint.ClockCells(reader.Field(row, "min_clock_mhz_active_active").Location, reader.Field(row, "min_clock_mhz_active_standby").Location);
            }

            profiles.Add(new HardwareProfileModel(capacity.Value, name, vcpu.Value, mhz, memory.Value, clockActiveActive, clockActiveStandby));
        }

        if (reader.HasErrors)
        {
            return new TableResult<HardwareProfileTable>(null, reader.Diagnostics.ToEquatableArray());
        }

        var model = new HardwareProfileTable(profiles.OrderBy(p => p.Capacity).ToEquatableArray());
        return new TableResult<HardwareProfileTable>(model, file.Lints ? TableLint.ClockFindings(profiles, clockCells).ToEquatableArray() : EquatableArray<TableDiagnostic>.Empty);
    }
}
