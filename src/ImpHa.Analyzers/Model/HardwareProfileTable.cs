using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ImpHa.Analyzers.Model;

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
    public bool Contains(int capacity) => Profiles.Any(p => p.Capacity == capacity);

    public string KnownCapacities => string.Join(", ", Profiles.Select(p => p.Capacity.ToString(CultureInfo.InvariantCulture)));
}
