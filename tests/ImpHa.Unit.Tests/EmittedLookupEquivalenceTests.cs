using System.Reflection;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>
/// The emitted <c>HaLoginProfiles</c> (compiled and loaded) and the components' <see cref="ReLoginRules"/>
/// give the same answers for every table, around every row, and for a range of delays and node counts.
/// </summary>
public class EmittedLookupEquivalenceTests
{
    private static readonly Lazy<Generated> Api = new(() => new Generated(GeneratedAssembly.Load(GeneratorHarness.DefaultTables())));

    private static readonly int[] Delays = [1, 90, 120, 300, int.MaxValue - 1000, int.MaxValue];

    public static TheoryData<int, string> Tables()
    {
        var data = new TheoryData<int, string>();
        foreach (var table in ShippedTables.Login.Tables)
        {
            data.Add(table.Profile, table.Deployment.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Lookups_agree_around_every_row_for_every_delay(int profile, string deploymentName)
    {
        var deployment = Enum.Parse<HaDeploymentKind>(deploymentName);
        var table = ShippedTables.Login.Find(profile, deployment)!;
        foreach (var users in UserCounts(table))
        {
            var row = ReLoginRules.RowFor(table, users);
            var expected = row is null ? ((int, int, int)?)null : (row.LowerLimit, row.UpperLimit, row.ActiveUsers);
            Assert.Equal(expected, Api.Value.TryGetLimits(profile, deployment, users, delay: null));
            foreach (var delay in Delays)
            {
                // Step 5: the lower limit is the delay; step 3: the upper limit is the row's, whatever the delay.
                var atDelay = row is null ? ((int, int, int)?)null : (delay, row.UpperLimit, row.ActiveUsers);
                Assert.Equal(atDelay, Api.Value.TryGetLimits(profile, deployment, users, delay));
                Assert.Equal(atDelay, Api.Value.TryGetLimits(profile, deployment, users, delay, "TryGetLimitsForDelay"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Maximum_smallest_profile_and_over_capacity_text_agree(int profile, string deploymentName)
    {
        var deployment = Enum.Parse<HaDeploymentKind>(deploymentName);
        var table = ShippedTables.Login.Find(profile, deployment)!;
        Assert.Equal(table.MaxActiveUsers, Api.Value.MaxActiveUsers(profile, deployment));
        foreach (var users in UserCounts(table))
        {
            Assert.Equal(ReLoginRules.SmallestTableFor(ShippedTables.Login, deployment, users)?.Profile, Api.Value.TryFindSmallestProfile(deployment, users));
            if (users > table.MaxActiveUsers)
            {
                var expected = ReLoginRules.ExceedsMessage(users, table, ShippedTables.Login, ShippedTables.Hardware, out _);
                Assert.StartsWith(expected, Api.Value.GetLimitsError(profile, deployment, users));
            }
        }
    }

    /// <summary>Tables a project may supply: capacities with no useful common divisor, rows at odd steps, a table too long for one bucket per step.</summary>
    [Fact]
    public void Lookups_find_the_next_row_up_in_supplied_tables_of_any_shape()
    {
        const string hardware = "profile,name,vcpu,cpu_mhz,memory_gb,min_clock_mhz_active_active,min_clock_mhz_active_standby\n7,7 Users,1,,2,,\n1234,1234 Users,2,,4,,\n3000001,3000001 Users,8,,16,,\n";
        var rows = new List<(int Profile, string Deployment, int Users, int Upper)>
        {
            (7, "active-standby", 3, 150), (7, "active-standby", 7, 160),
            (1234, "active-active", 13, 150), (1234, "active-active", 617, 170),
            (1234, "active-standby", 1, 150), (1234, "active-standby", 600, 160), (1234, "active-standby", 1234, 170),
            (3000001, "active-standby", 999_983, 200), (3000001, "active-standby", 3000001, 900),
        };
        var login = "profile,deployment,active_users,lower_limit,upper_limit,table,caption_rate\n" + string.Concat(rows.Select(r => $"{r.Profile},{r.Deployment},{r.Users},120,{r.Upper},,\n"));
        var tables = GeneratorHarness.DefaultTables().With("HardwareProfiles", hardware).With("LoginProfiles", login);
        var api = new Generated(GeneratedAssembly.Load(tables));
        foreach (var profile in new[] { 0, 6, 7, 8, 1234, 1234 + 11, 3000001, -7 })
        {
            foreach (var deployment in new[] { HaDeploymentKind.ActiveActive, HaDeploymentKind.ActiveStandby })
            {
                var table = rows.Where(r => r.Profile == profile && r.Deployment == (deployment == HaDeploymentKind.ActiveActive ? "active-active" : "active-standby")).ToList();
                foreach (var users in new[] { -1, 0, 1, 2, 3, 4, 7, 8, 13, 14, 600, 601, 617, 618, 1234, 1235, 999_983, 999_984, 3000001, 3000002 })
                {
                    var row = table.FirstOrDefault(r => r.Users >= users && users >= 1);
                    var expected = row.Users == 0 ? ((int, int, int)?)null : (120, row.Upper, row.Users);
                    Assert.Equal(expected, api.TryGetLimits(profile, deployment, users, delay: null));
                }
            }
        }
    }

    /// <summary>Values at the top of 16 bits are stored as the characters of a string literal, surrogate code units included; one more falls back to an array.</summary>
    [Theory]
    [InlineData(55296, 57343)]
    [InlineData(65534, 65535)]
    [InlineData(65535, 65536)]
    public void Rows_near_the_sixteen_bit_limit_are_read_back_exactly(int firstUsers, int lastUsers)
    {
        const string hardware = "profile,name,vcpu,cpu_mhz,memory_gb,min_clock_mhz_active_active,min_clock_mhz_active_standby\n65535,65535 Users,65535,,65535,,\n";
        var login = "profile,deployment,active_users,lower_limit,upper_limit,table,caption_rate\n"
            + $"65535,active-standby,{firstUsers},120,{firstUsers},,\n65535,active-standby,{lastUsers},120,{lastUsers},,\n";
        var api = new Generated(GeneratedAssembly.Load(GeneratorHarness.DefaultTables().With("HardwareProfiles", hardware).With("LoginProfiles", login)));

        Assert.Equal((120, firstUsers, firstUsers), api.TryGetLimits(65535, HaDeploymentKind.ActiveStandby, firstUsers, delay: null));
        Assert.Equal((120, lastUsers, lastUsers), api.TryGetLimits(65535, HaDeploymentKind.ActiveStandby, firstUsers + 1, delay: null));
        Assert.Null(api.TryGetLimits(65535, HaDeploymentKind.ActiveStandby, lastUsers + 1, delay: null));
        Assert.Equal(lastUsers, api.MaxActiveUsers(65535, HaDeploymentKind.ActiveStandby));
        Assert.Equal(65535, api.TryFindSmallestProfile(HaDeploymentKind.ActiveStandby, lastUsers));
    }

    /// <summary>Without the hardware part there are no profile names: the messages name the enum members, the answers stay the same.</summary>
    [Theory]
    [MemberData(nameof(Tables))]
    public void Login_lookups_without_the_hardware_part_agree_and_name_the_members(int profile, string deploymentName)
    {
        var deployment = Enum.Parse<HaDeploymentKind>(deploymentName);
        var table = ShippedTables.Login.Find(profile, deployment)!;
        var api = LoginOnly.Value;
        Assert.Equal(table.MaxActiveUsers, api.MaxActiveUsers(profile, deployment));
        foreach (var users in UserCounts(table))
        {
            var row = ReLoginRules.RowFor(table, users);
            Assert.Equal(row is null ? null : (row.LowerLimit, row.UpperLimit, row.ActiveUsers), api.TryGetLimits(profile, deployment, users, delay: null));
            Assert.Equal(ReLoginRules.SmallestTableFor(ShippedTables.Login, deployment, users)?.Profile, api.TryFindSmallestProfile(deployment, users));
        }

        var over = table.MaxActiveUsers + 1;
        var fits = ReLoginRules.SmallestTableFor(ShippedTables.Login, deployment, over);
        var advice = fits is null
            ? ReLoginRules.NoneFits
            : $" The smallest profile that fits is HardwareProfile.Users{fits.Profile} (up to {fits.MaxActiveUsers} active users).";
        var name = deployment == HaDeploymentKind.ActiveActive ? "active/active" : "active/standby";
        Assert.StartsWith($"{over} active users exceed HardwareProfile.Users{profile} {name}, which covers at most {table.MaxActiveUsers} active users.{advice}", api.GetLimitsError(profile, deployment, over));
    }

    private static readonly Lazy<Generated> LoginOnly = new(() => new Generated(GeneratedAssembly.Load(GeneratorHarness.DefaultTables(), new Dictionary<string, string> { ["ImpHaGenerate"] = "login" })));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2000, 1000)]
    [InlineData(1000, 2000)]
    [InlineData(int.MaxValue, int.MaxValue)]
    [InlineData(-1, 5)]
    [InlineData(5, int.MinValue)]
    public void Effective_users_agree(int first, int second)
    {
        foreach (var deployment in HaDeployments.All)
        {
            Assert.Equal(ReLoginRules.EffectiveActiveUsers(deployment.Kind, first, second), Api.Value.EffectiveActiveUsers(deployment.Kind, first, second));
        }
    }

    private static IEnumerable<int> UserCounts(LoginTableModel table)
        => new[] { int.MinValue, -1, 0, 1, int.MaxValue }
            .Concat(table.Rows.SelectMany(r => new[] { r.ActiveUsers - 1, r.ActiveUsers, r.ActiveUsers + 1 }))
            .Distinct();

    /// <summary>The generated API, called by reflection.</summary>
    private sealed class Generated(Assembly assembly)
    {
        private readonly Type _profile = assembly.GetType(GeneratedNames.MetadataName(GeneratedNames.DefaultNamespace, GeneratedNames.HardwareProfile))!;
        private readonly Type _deployment = assembly.GetType(GeneratedNames.MetadataName(GeneratedNames.DefaultNamespace, GeneratedNames.HaDeployment))!;
        private readonly Type _lookups = assembly.GetType(GeneratedNames.MetadataName(GeneratedNames.DefaultNamespace, GeneratedNames.HaLoginProfiles))!;

        public (int Lower, int Upper, int Row)? TryGetLimits(int profile, HaDeploymentKind deployment, int users, int? delay, string name = "TryGetLimits")
        {
            object?[] args = delay is int d ? [Profile(profile), Deployment(deployment), users, d, null] : [Profile(profile), Deployment(deployment), users, null];
            var method = _lookups.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == args.Length);
            if (!(bool)method.Invoke(null, args)!)
            {
                return null;
            }

            var limits = args[^1]!;
            int Read(string name) => (int)limits.GetType().GetProperty(name)!.GetValue(limits)!;
            return (Read("LowerLimit"), Read("UpperLimit"), Read("TableActiveUsers"));
        }

        public int MaxActiveUsers(int profile, HaDeploymentKind deployment)
            => (int)_lookups.GetMethod("MaxActiveUsers")!.Invoke(null, [Profile(profile), Deployment(deployment)])!;

        public int? TryFindSmallestProfile(HaDeploymentKind deployment, int users)
        {
            object?[] args = [Deployment(deployment), users, null];
            return (bool)_lookups.GetMethod("TryFindSmallestProfile")!.Invoke(null, args)! ? (int)args[2]! : null;
        }

        public string GetLimitsError(int profile, HaDeploymentKind deployment, int users)
        {
            var method = _lookups.GetMethods().Single(m => m.Name == "GetLimits" && m.GetParameters().Length == 3);
            var error = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, [Profile(profile), Deployment(deployment), users]));
            return Assert.IsType<ArgumentOutOfRangeException>(error.InnerException).Message;
        }

        public int? EffectiveActiveUsers(HaDeploymentKind deployment, int first, int second)
        {
            try
            {
                return (int)_lookups.GetMethod("EffectiveActiveUsers")!.Invoke(null, [Deployment(deployment), first, second])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        private object Profile(int capacity) => Enum.ToObject(_profile, capacity);

        private object Deployment(HaDeploymentKind kind) => Enum.ToObject(_deployment, (int)kind);
    }
}
