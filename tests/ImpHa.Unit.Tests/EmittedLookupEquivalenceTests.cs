using System.Reflection;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.GeneratedApi;
using ImpHa.Analyzers.Model;
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
