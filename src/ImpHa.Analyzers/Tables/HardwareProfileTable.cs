using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImpHa.SourceGeneration.Model;

namespace ImpHa.SourceGeneration.Tables;

/// <summary>One hardware profile (virtual machine size) of the IM and Presence Service.</summary>
internal sealed record HardwareProfileModel(
    int Capacity,
    string Name,
    int VirtualCpus,
    int? CpuMegahertz,
    int MemoryGigabytes,
    int? MinimumClockMegahertzActiveActive,
    int? MinimumClockMegahertzActiveStandby)
{
    public string MemberName => "Users" + Capacity.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The hardware profile table, ordered by capacity.</summary>
internal sealed record HardwareProfileTable(EquatableArray<HardwareProfileModel> Profiles)
{
    private static readonly string[] RequiredColumns = ["profile", "name", "vcpu", "memory_gb"];

    public bool Contains(int capacity) => Profiles.Any(p => p.Capacity == capacity);

    public string KnownCapacities => string.Join(", ", Profiles.Select(p => p.Capacity.ToString(CultureInfo.InvariantCulture)));

    public static TableResult<HardwareProfileTable> Read(TableFile file)
    {
        var reader = TableReader.Open(file, RequiredColumns);
        var profiles = new List<HardwareProfileModel>();
        var seen = new HashSet<int>();
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
                    DiagnosticDescriptors.InconsistentTable,
                    reader.Field(row, "profile").Location,
                    $"Hardware profile {capacity} is listed twice; keep one row per profile");
                continue;
            }

            profiles.Add(new HardwareProfileModel(capacity.Value, name, vcpu.Value, mhz, memory.Value, clockActiveActive, clockActiveStandby));
        }

        if (reader.HasErrors)
        {
            return new TableResult<HardwareProfileTable>(null, reader.Diagnostics.ToEquatableArray());
        }

        var model = new HardwareProfileTable(profiles.OrderBy(p => p.Capacity).ToEquatableArray());
        return new TableResult<HardwareProfileTable>(model, EquatableArray<TableDiagnostic>.Empty);
    }
}
