using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using ImpHa.Testing;

namespace ImpHa.Benchmarks;

/// <summary>
/// 1,000 look-ups of the upper limit for random active-user counts on 15000 Users Full UC active/active:
/// the generated lookup against what automation code writes without ImpHa (rows read from the CSV, found with
/// LINQ) and against a careful hand-written index (arrays per table, binary search).
/// </summary>
public class LookupBenchmarks
{
    private const int Lookups = 1000;
    private int[] _users = [];
    private List<Row> _rows = [];
    private Dictionary<(int Profile, string Deployment), (int[] Users, int[] Upper)> _index = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _users = Enumerable.Range(0, Lookups).Select(_ => random.Next(1, 7501)).ToArray();
        var dataDirectory = TestData.DataDirectory;
        _rows = File.ReadAllLines(Path.Combine(dataDirectory, "login-profiles.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => new Row(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToList();
        _index = _rows.GroupBy(r => (r.Profile, r.Deployment))
            .ToDictionary(g => g.Key, g => (g.OrderBy(r => r.Users).Select(r => r.Users).ToArray(), g.OrderBy(r => r.Users).Select(r => r.Upper).ToArray()));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lookups)]
    public int CsvRowsWithLinq()
    {
        var sum = 0;
        foreach (var users in _users)
        {
            sum += _rows.Where(r => r.Profile == 15000 && r.Deployment == "active-active" && r.Users >= users).OrderBy(r => r.Users).First().Upper;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int HandWrittenIndex()
    {
        var sum = 0;
        var (rowUsers, upper) = _index[(15000, "active-active")];
        foreach (var users in _users)
        {
            var i = Array.BinarySearch(rowUsers, users);
            sum += upper[i >= 0 ? i : ~i];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lookups)]
    public int GeneratedLookup()
    {
        var sum = 0;
        foreach (var users in _users)
        {
            HaLoginProfiles.TryGetLimits(HardwareProfile.Users15000, HaDeployment.ActiveActive, users, out var limits);
            sum += limits.UpperLimit;
        }

        return sum;
    }

    private sealed record Row(int Profile, string Deployment, int Users, int Upper);
}
