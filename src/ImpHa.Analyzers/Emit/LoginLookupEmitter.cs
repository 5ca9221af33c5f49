using System.Collections.Generic;
using System.Linq;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Model;

using static ImpHa.Analyzers.GeneratedApi.GeneratedNames;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Emits the table-driven lookups of <c>HaLoginProfiles</c>: every table's rows in a few arrays, one lookup
/// for all of them. The profile and deployment give a table index, the users a bucket of the table's step
/// (a multiplication, no division or switch), the bucket the row; data, not code, grows with the tables.
/// </summary>
internal static class LoginLookupEmitter
{
    /// <summary>More buckets than this per table and the step is coarsened; the lookup then steps over a few rows.</summary>
    private const int MaximumBuckets = 4096;

    /// <summary>Largest profile index array the capacities may need before the lookup switches over profiles instead.</summary>
    private const int MaximumProfileKeys = 1024;

    public static void Emit(SourceWriter w, LoginProfileTable login, HardwareProfileTable hardware)
    {
        var layout = LoginLookupLayout.Create(login, hardware);
        EmitData(w, layout);
        w.Line();
        EmitTryGetLimits(w, layout);
        w.Line();
        EmitSmallestProfile(w, hardware);
        w.Line();
        EmitTableOf(w, layout, hardware);
    }

    private static void EmitData(SourceWriter w, LoginLookupLayout layout)
    {
        w.Line("// Every table's rows one after another, ascending by users within a table.");
        Array(w, "s_rowUsers", layout.Rows.Select(r => r.ActiveUsers).ToList());
        Array(w, "s_rowLower", layout.Rows.Select(r => r.LowerLimit).ToList());
        Array(w, "s_rowUpper", layout.Rows.Select(r => r.UpperLimit).ToList());
        w.Line("// Per table (profile index * 2 + deployment): its last row's users (0: no table), first bucket and step.");
        Array(w, "s_tableMax", layout.Tables.Select(t => t.Max).ToList(), "int");
        Array(w, "s_tableStart", layout.Tables.Select(t => t.FirstBucket).ToList());
        if (layout.UsesMagic)
        {
            w.Line("// ceil(2^32 / step): (users - 1) * magic >> 32 is (users - 1) / step for every user count the table covers.");
            w.Line($"private static readonly uint[] s_tableMagic = new uint[] {{ {string.Join(", ", layout.Tables.Select(t => t.Magic.ToString(System.Globalization.CultureInfo.InvariantCulture) + "u"))} }};");
        }
        else
        {
            w.Line($"private static readonly int[] s_tableStep = new int[] {{ {string.Join(", ", layout.Tables.Select(t => t.Step.Text()))} }};");
        }

        w.Line("// Per bucket of a table's step: the first row that can hold its users.");
        Array(w, "s_bucketRows", layout.BucketRows);
        if (layout.ProfileKeyStep is int keyStep)
        {
            w.Line($"// Per capacity / {keyStep.Text()}: the profile's index + 1 (0: not a profile).");
            Array(w, "s_profileIndex", layout.ProfileKeys);
        }
    }

    /// <summary>An array of the smallest element type that holds every value, so the data is bytes in the assembly, not code.</summary>
    private static void Array(SourceWriter w, string name, IReadOnlyList<int> values, string? type = null)
    {
        type ??= values.All(v => v is >= 0 and <= byte.MaxValue) ? "byte" : values.All(v => v is >= 0 and <= ushort.MaxValue) ? "ushort" : "int";
        w.Line($"private static readonly {type}[] {name} = new {type}[]").Open();
        foreach (var line in values.Select((v, i) => (v, i)).GroupBy(p => p.i / 24, p => p.v.Text()))
        {
            w.Line(string.Join(", ", line) + ",");
        }

        w.Close(";");
    }

    private static void EmitTryGetLimits(SourceWriter w, LoginLookupLayout layout)
    {
        var bucket = layout.UsesMagic
            ? "(int)((users * (ulong)s_tableMagic[table]) >> 32)"
            : "(int)(users / (uint)s_tableStep[table])";
        w.Block($$"""
            /// <summary>Looks up the limits for <paramref name="{{ActiveUsersParameter}}"/>, rounded up to the next row of the profile's table. Does not allocate.</summary>
            /// <param name="{{ProfileParameter}}">The hardware profile of the nodes.</param>
            /// <param name="{{DeploymentParameter}}">The deployment type of the presence redundancy group.</param>
            /// <param name="{{ActiveUsersParameter}}">Active users: the busiest node's for active/active, the group's total for active/standby (see <see cref="ForRedundancyGroup"/>).</param>
            /// <param name="limits">The limits, when the method returns true.</param>
            /// <returns>False for fewer than 1 user, more users than the table's last row, or a profile and deployment with no table.</returns>
            public static bool {{TryGetLimitsMethod}}({{HardwareProfile}} {{ProfileParameter}}, {{HaDeployment}} {{DeploymentParameter}}, int {{ActiveUsersParameter}}, out ReLoginLimits limits)
            {
                int table = TableOf({{ProfileParameter}}, {{DeploymentParameter}});

                // Fewer than 1 user wraps to a count beyond every table.
                uint users = unchecked((uint)({{ActiveUsersParameter}} - 1));
                if (table >= 0 && users < (uint)s_tableMax[table])
                {
                    int row = s_bucketRows[s_tableStart[table] + {{bucket}}];
                    while (s_rowUsers[row] <= users)
                    {
                        row++;
                    }

                    limits = new ReLoginLimits(s_rowLower[row], s_rowUpper[row], s_rowUsers[row]);
                    return true;
                }

                limits = default(ReLoginLimits);
                return false;
            }
            """);
    }

    /// <summary>The profiles smallest first, as <c>TryFindSmallestProfile</c> (Templates/HaLoginProfiles.cs) walks them.</summary>
    private static void EmitSmallestProfile(SourceWriter w, HardwareProfileTable hardware)
    {
        w.Line($"private static readonly {HardwareProfile}[] s_profiles = new {HardwareProfile}[] {{ {string.Join(", ", hardware.Profiles.Select(p => $"{HardwareProfile}.{p.MemberName}"))} }};");
    }

    private static void EmitTableOf(SourceWriter w, LoginLookupLayout layout, HardwareProfileTable hardware)
    {
        var activeStandby = $"{HaDeployment}.{HaDeploymentKind.ActiveStandby.MemberName()}";
        w.Summary("The table's index in the per-table arrays, or a negative number where the profile or deployment has none.");
        w.Line($"private static int TableOf({HardwareProfile} profile, {HaDeployment} deployment)").Open();
        w.Line($"int deploymentIndex = deployment == {activeStandby} ? 1 : deployment == {HaDeployment}.{HaDeploymentKind.ActiveActive.MemberName()} ? 0 : -{layout.Tables.Count.Text()};");
        if (layout.ProfileKeyStep is int keyStep)
        {
            w.Block($$"""
                uint capacity = unchecked((uint)profile);
                uint key = capacity / {{keyStep.Text()}}u;
                if (key < (uint)s_profileIndex.Length && key * {{keyStep.Text()}}u == capacity)
                {
                    return ((s_profileIndex[key] - 1) * 2) + deploymentIndex;
                }

                return -1;
                """);
        }
        else
        {
            w.Line("switch (profile)").Open();
            for (var i = 0; i < hardware.Profiles.Count; i++)
            {
                w.Line($"case {HardwareProfile}.{hardware.Profiles[i].MemberName}: return {(i * 2).Text()} + deploymentIndex;");
            }

            w.Line("default: return -1;");
            w.Close();
        }

        w.Close();
    }

    /// <summary>Where each table's rows and buckets lie in the emitted arrays.</summary>
    private sealed class LoginLookupLayout
    {
        public List<LoginRowModel> Rows { get; } = new();

        public List<TableSlot> Tables { get; } = new();

        public List<int> BucketRows { get; } = new();

        public List<int> ProfileKeys { get; } = new();

        /// <summary>The capacities' common step that indexes <see cref="ProfileKeys"/>; null where the array would be too large.</summary>
        public int? ProfileKeyStep { get; private set; }

        /// <summary>False where some table's users times its step reach 2^32, beyond the exact range of the multiplication.</summary>
        public bool UsesMagic { get; private set; } = true;

        public static LoginLookupLayout Create(LoginProfileTable login, HardwareProfileTable hardware)
        {
            var layout = new LoginLookupLayout();
            foreach (var profile in hardware.Profiles)
            {
                foreach (var deployment in new[] { HaDeploymentKind.ActiveActive, HaDeploymentKind.ActiveStandby })
                {
                    layout.Add(login.Find(profile.Capacity, deployment));
                }
            }

            layout.UsesMagic = layout.Tables.All(t => t.Step > 1 && (long)t.Max * t.Step < (1L << 32));
            var keyStep = hardware.Profiles.Aggregate(0, (gcd, p) => Gcd(gcd, p.Capacity));
            if (keyStep > 0 && hardware.Profiles.All(p => p.Capacity > 0) && hardware.Profiles.Max(p => p.Capacity) / keyStep < MaximumProfileKeys)
            {
                layout.ProfileKeyStep = keyStep;
                var keys = new int[(hardware.Profiles.Max(p => p.Capacity) / keyStep) + 1];
                for (var i = 0; i < hardware.Profiles.Count; i++)
                {
                    keys[hardware.Profiles[i].Capacity / keyStep] = i + 1;
                }

                layout.ProfileKeys.AddRange(keys);
            }

            return layout;
        }

        private void Add(LoginTableModel? table)
        {
            if (table is null)
            {
                Tables.Add(new TableSlot(0, BucketRows.Count, 2, Magic(2)));
                return;
            }

            var firstRow = Rows.Count;
            Rows.AddRange(table.Rows);
            var max = table.MaxActiveUsers;
            var step = table.Rows.Aggregate(0, (gcd, row) => Gcd(gcd, row.ActiveUsers));
            if ((max + step - 1) / step > MaximumBuckets)
            {
                step = (max + MaximumBuckets - 1) / MaximumBuckets;
            }

            var firstBucket = BucketRows.Count;
            var row = 0;
            for (var bucket = 0; (long)bucket * step < max; bucket++)
            {
                while (table.Rows[row].ActiveUsers <= bucket * step)
                {
                    row++;
                }

                BucketRows.Add(firstRow + row);
            }

            Tables.Add(new TableSlot(max, firstBucket, step, step > 1 ? Magic(step) : 0));
        }

        private static long Magic(int step) => ((1L << 32) + step - 1) / step;
    }

    private sealed record TableSlot(int Max, int FirstBucket, int Step, long Magic);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
