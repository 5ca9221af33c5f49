using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ImpHa.Analyzers.Domain;

namespace ImpHa.Analyzers.Model;

/// <summary>One row of a login profile table: the limits for up to <see cref="ActiveUsers"/> active users.</summary>
internal sealed record LoginRowModel(int ActiveUsers, int LowerLimit, int UpperLimit);

/// <summary>One of Cisco's tables: a hardware profile and deployment type, rows ascending by active users.</summary>
internal sealed record LoginTableModel(int Profile, HaDeploymentKind Deployment, int? TableNumber, EquatableArray<LoginRowModel> Rows)
{
    public string MemberName => "Users" + Profile.ToString(CultureInfo.InvariantCulture) + Deployment.MemberName();

    public int MaxActiveUsers => Rows[Rows.Count - 1].ActiveUsers;
}

/// <summary>All login profile tables, ordered by profile then deployment, and the lower limit they share.</summary>
internal sealed record LoginProfileTable(EquatableArray<LoginTableModel> Tables, int CriticalServiceDownDelaySeconds)
{
    public LoginTableModel? Find(int profile, HaDeploymentKind deployment)
        => Tables.FirstOrDefault(t => t.Profile == profile && t.Deployment == deployment);
}
