using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;

namespace ImpHa.Core.Model;

/// <summary>One hardware profile (virtual machine size) of the IM and Presence Service.</summary>
public sealed record HardwareProfileModel(
    int Capacity,
    string Name,
    int VirtualCpus,
    int? CpuMegahertz,
    int MemoryGigabytes,
    int? MinimumClockMegahertzActiveActive,
    int? MinimumClockMegahertzActiveStandby)
{
    public string MemberName => GeneratedNames.ProfileMember(Capacity);
}

/// <summary>The hardware profile table, ordered by capacity.</summary>
public sealed record HardwareProfileTable(EquatableArray<HardwareProfileModel> Profiles)
{
    public bool Contains(int capacity) => Profiles.Any(p => p.Capacity == capacity);

    /// <summary>The profile's name as Cisco prints it, e.g. "15000 Users Full UC"; the capacity where the table lacks the profile.</summary>
    public string NameOf(int capacity) => Profiles.FirstOrDefault(p => p.Capacity == capacity)?.Name ?? capacity.Text();

    public string KnownCapacities => string.Join(", ", Profiles.Select(p => p.Capacity.Text()));
}
