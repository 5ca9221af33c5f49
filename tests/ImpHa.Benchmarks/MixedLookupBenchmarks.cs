using System.Globalization;
using BenchmarkDotNet.Attributes;
using ImpHa.Core.Validate;
using ImpHa.Testing;

namespace ImpHa.Benchmarks;

/// <summary>
/// 4,096 precomputed look-ups over a random mix of profiles, deployments and user counts (every table, users within
/// its range), looped: the generated table-driven lookup, the lookup ImpHa generated before (3a1418b: a switch over
/// profiles, then a bucket index per table), and a hand-written per-table binary-search index reached through a
/// dictionary (the baseline).
/// </summary>
public class MixedLookupBenchmarks
{
    private const int Lookups = 4096;
    private HardwareProfile[] _profiles = [];
    private HaDeployment[] _deployments = [];
    private int[] _users = [];
    private Dictionary<(HardwareProfile, HaDeployment), (int[] Users, int[] Upper)> _index = [];

    [GlobalSetup]
    public void Setup()
    {
        var rows = File.ReadAllLines(Path.Combine(TestData.DataDirectory, TableFileNames.LoginProfiles)).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (Profile: (HardwareProfile)int.Parse(f[0], CultureInfo.InvariantCulture), Deployment: f[1] == "active-active" ? HaDeployment.ActiveActive : HaDeployment.ActiveStandby, Users: int.Parse(f[2], CultureInfo.InvariantCulture), Upper: int.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();
        _index = rows.GroupBy(r => (r.Profile, r.Deployment))
            .ToDictionary(g => g.Key, g => (g.OrderBy(r => r.Users).Select(r => r.Users).ToArray(), g.OrderBy(r => r.Users).Select(r => r.Upper).ToArray()));
        var tables = _index.Keys.ToArray();
        var random = new Random(42);
        _profiles = new HardwareProfile[Lookups];
        _deployments = new HaDeployment[Lookups];
        _users = new int[Lookups];
        for (var i = 0; i < Lookups; i++)
        {
            var (profile, deployment) = tables[random.Next(tables.Length)];
            _profiles[i] = profile;
            _deployments[i] = deployment;
            _users[i] = random.Next(1, _index[(profile, deployment)].Users[^1] + 1);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int HandWrittenIndex()
    {
        var sum = 0;
        for (var i = 0; i < Lookups; i++)
        {
            var (rowUsers, upper) = _index[(_profiles[i], _deployments[i])];
            var row = Array.BinarySearch(rowUsers, _users[i]);
            sum += upper[row >= 0 ? row : ~row];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int GeneratedLookup()
    {
        var sum = 0;
        for (var i = 0; i < Lookups; i++)
        {
            HaLoginProfiles.TryGetLimits(_profiles[i], _deployments[i], _users[i], out var limits);
            sum += limits.UpperLimit;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int PreviousGeneratedLookup()
    {
        var sum = 0;
        for (var i = 0; i < Lookups; i++)
        {
            PreviousHaLoginProfiles.TryGetLimits(_profiles[i], _deployments[i], _users[i], out var limits);
            sum += limits.UpperLimit;
        }

        return sum;
    }
}
