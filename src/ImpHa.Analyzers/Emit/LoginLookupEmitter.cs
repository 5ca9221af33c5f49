using System;
using System.Collections.Generic;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;

using static ImpHa.Core.GeneratedApi.GeneratedNames;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Emits the table-driven lookups of <c>HaLoginProfiles</c>: every table's rows in a few arrays, one lookup
/// for all of them and every table a project may supply. The profile's capacity gives a slot of a small perfect hash,
/// the slot and deployment a table index, the users a bucket of a power-of-two step (a shift), the bucket the row;
/// data, not code, grows with the tables.
/// </summary>
internal static class LoginLookupEmitter
{
    /// <summary>More buckets than this per table and the step is coarsened; the lookup then steps over a few rows.</summary>
    private const int MaximumBuckets = 4096;


    public static void Emit(SourceWriter w, LoginProfileTable login, HardwareProfileTable hardware)
    {
        var layout = LoginLookupLayout.Create(login, hardware);
        EmitData(w, layout);
        w.Line();
        EmitTryGetLimits(w, layout);
        w.Line();
        EmitTableOf(w, layout);
    }

    /// <summary>Two strings and an array whatever the number of tables (see <see cref="SourceWriter.DataText"/>).</summary>
    private static void EmitData(SourceWriter w, LoginLookupLayout layout)
    {
        if (layout.UniformLower is int lower)
        {
            w.Line($"// Every printed lower limit: the Critical Service Down Delay the tables assume.");
            w.Line($"private const int RowLowerLimit = {lower.Text()};");
            w.Line();
        }

        w.Line($"// Every table's rows one after another, ascending by users within a table: {(layout.UniformLower is null ? "users, upper limit, lower limit" : "users, upper limit")}.");
        w.DataText("Rows", layout.RowData());
        w.Line("// Slots of a perfect hash of the profiles' capacities (capacity % ProfileSlots).");
        w.Line($"private const int ProfileSlots = {layout.ProfileModulus.Text()};");
        w.Line();
        w.Line("// Per slot, capacity % ProfileSlots: the capacity of the profile there (0: none); then per table (slot * 2 + deployment):");
        w.Line("// its last row's users (0: no table), its first bucket and its step as a power of two.");
        w.DataText("TableIndex", layout.TableIndex());
        w.Line("// Per bucket of a table's step: the first row that can hold its users.");
        w.DataArray("s_bucketRows", layout.BucketRows);
    }

    private static void EmitTryGetLimits(SourceWriter w, LoginLookupLayout layout)
    {
        var columns = layout.UniformLower is null ? 3 : 2;
        var lower = layout.UniformLower is null ? "Rows[row + 2]" : "RowLowerLimit";
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
                if (table >= 0 && users < (uint)TableIndex[table])
                {
                    int row = s_bucketRows[TableIndex[table + 1] + (int)(users >> TableIndex[table + 2])] * {{columns.Text()}};
                    while (Rows[row] <= users)
                    {
                        row += {{columns.Text()}};
                    }

                    limits = new ReLoginLimits({{lower}}, Rows[row + 1], Rows[row]);
                    return true;
                }

                limits = default(ReLoginLimits);
                return false;
            }
            """);
    }

    private static void EmitTableOf(SourceWriter w, LoginLookupLayout layout)
    {
        var activeStandby = $"{HaDeployment}.{HaDeploymentKind.ActiveStandby.MemberName()}";

        // Far enough below zero that no slot brings an unknown deployment's index back to a table.
        var unknown = (layout.Tables.Count + layout.ProfileModulus).Text();
        w.Summary("Where the table's entries start in <c>TableIndex</c> (a table with no rows where the profile has none), or a negative number where the profile or deployment is not one.");
        w.Line($"private static int TableOf({HardwareProfile} profile, {HaDeployment} deployment)").Open();
        w.Line($"int deploymentIndex = deployment == {activeStandby} ? 1 : deployment == {HaDeployment}.{HaDeploymentKind.ActiveActive.MemberName()} ? 0 : -{unknown};");
        w.Block($$"""
            uint capacity = unchecked((uint)profile);
            uint slot = capacity % (uint)ProfileSlots;
            return TableIndex[(int)slot] == capacity ? ProfileSlots + ((((int)slot * 2) + deploymentIndex) * 3) : -1;
            """);
        w.Close();
    }

    /// <summary>Where each table's rows and buckets lie in the emitted arrays.</summary>
    private sealed class LoginLookupLayout
    {
        public List<LoginRowModel> Rows { get; } = new();

        public List<TableSlot> Tables { get; } = new();

        public List<int> BucketRows { get; } = new();

        /// <summary>Per slot (capacity modulo <see cref="ProfileModulus"/>): the capacity of the profile there, 0 where none is.</summary>
        public List<int> SlotCapacities { get; } = new();

        /// <summary>The lower limit of every row, where they are all the same (Cisco's are: the delay the tables assume).</summary>
        public int? UniformLower
        {
            get
            {
                // Plain loops here and below: LINQ over ints makes a cold compiler compile its generic code for int.
                foreach (var row in Rows)
                {
                    if (row.LowerLimit != Rows[0].LowerLimit)
                    {
                        return null;
                    }
                }

                return Rows.Count == 0 ? null : Rows[0].LowerLimit;
            }
        }

        /// <summary>The smallest modulus at which every profile's capacity has a slot of its own.</summary>
        public int ProfileModulus { get; private set; } = 1;

        public static LoginLookupLayout Create(LoginProfileTable login, HardwareProfileTable hardware)
        {
            var layout = new LoginLookupLayout();
            var modulus = (uint)Math.Max(1, hardware.Profiles.Count);
            uint[] slots;
            while (!TrySlot(hardware, modulus, out slots))
            {
                modulus++;
            }

            layout.ProfileModulus = (int)modulus;
            for (var slot = 0u; slot < modulus; slot++)
            {
                var capacity = slots[slot];
                layout.SlotCapacities.Add((int)capacity);
                foreach (var deployment in new[] { HaDeploymentKind.ActiveActive, HaDeploymentKind.ActiveStandby })
                {
                    layout.Add(capacity == 0 ? null : login.Find((int)capacity, deployment));
                }
            }

            return layout;
        }

        /// <summary>Every row's users and upper limit, and its lower limit unless all share one.</summary>
        public List<int> RowData()
        {
            var uniform = UniformLower is not null;
            var data = new List<int>(Rows.Count * 3);
            foreach (var row in Rows)
            {
                data.Add(row.ActiveUsers);
                data.Add(row.UpperLimit);
                if (!uniform)
                {
                    data.Add(row.LowerLimit);
                }
            }

            return data;
        }

        /// <summary>The slots' capacities, then per table its last row's users, first bucket and shift.</summary>
        public List<int> TableIndex()
        {
            var data = new List<int>(SlotCapacities);
            foreach (var table in Tables)
            {
                data.Add(table.Max);
                data.Add(table.FirstBucket);
                data.Add(table.Shift);
            }

            return data;
        }

        /// <summary>Each capacity in slot capacity % modulus (0 where none is), or false where two share a slot.</summary>
        private static bool TrySlot(HardwareProfileTable hardware, uint modulus, out uint[] slots)
        {
            slots = new uint[modulus];
            foreach (var profile in hardware.Profiles)
            {
                var capacity = (uint)profile.Capacity;
                if (slots[capacity % modulus] != 0)
                {
                    return false;
                }

                slots[capacity % modulus] = capacity;
            }

            return true;
        }

        private void Add(LoginTableModel? table)
        {
            if (table is null)
            {
                Tables.Add(new TableSlot(0, BucketRows.Count, 0));
                return;
            }

            var firstRow = Rows.Count;
            Rows.AddRange(table.Rows);
            var max = table.MaxActiveUsers;

            // The smallest power of two at least the rows' common step: few buckets, each spanning at most two row boundaries.
            var step = 0;
            foreach (var tableRow in table.Rows)
            {
                step = Gcd(step, tableRow.ActiveUsers);
            }
            var shift = 0;
            while ((1L << shift) < step)
            {
                shift++;
            }

            while (((long)(max - 1) >> shift) + 1 > MaximumBuckets)
            {
                shift++;
            }

            var firstBucket = BucketRows.Count;
            var row = 0;
            for (long bucket = 0; bucket << shift < max; bucket++)
            {
                while (table.Rows[row].ActiveUsers <= bucket << shift)
                {
                    row++;
                }

                BucketRows.Add(firstRow + row);
            }

            Tables.Add(new TableSlot(max, firstBucket, shift));
        }
    }

    private sealed record TableSlot(int Max, int FirstBucket, int Shift);

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
