using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;

namespace ImpHa.Core.Model;

/// <summary>One row of a login profile table: the limits for up to <see cref="ActiveUsers"/> active users.</summary>
public sealed record LoginRowModel(int ActiveUsers, int LowerLimit, int UpperLimit);

/// <summary>One of Cisco's tables: a hardware profile and deployment type, rows ascending by active users.</summary>
public sealed record LoginTableModel(int Profile, HaDeploymentKind Deployment, int? TableNumber, EquatableArray<LoginRowModel> Rows)
{
    public string MemberName => GeneratedNames.LoginTableClass(Profile, Deployment);

    public int MaxActiveUsers => Rows[Rows.Count - 1].ActiveUsers;
}

/// <summary>All login profile tables, ordered by profile then deployment, and the lower limit they share.</summary>
public sealed record LoginProfileTable(EquatableArray<LoginTableModel> Tables, int CriticalServiceDownDelaySeconds)
{
    public LoginTableModel? Find(int profile, HaDeploymentKind deployment)
        => Tables.FirstOrDefault(t => t.Profile == profile && t.Deployment == deployment);

    /// <summary>False when a table's profile is missing from the hardware table: the generator then rejects the login table (IMPHA105), and the analyzer must not check against it either.</summary>
    public bool IsConsistentWith(HardwareProfileTable hardware) => Tables.All(t => hardware.Contains(t.Profile));
}
