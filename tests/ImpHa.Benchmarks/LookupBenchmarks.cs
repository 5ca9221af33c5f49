using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using T = ImpHa.HaLoginProfiles.Users15000ActiveActive;

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
        _rows = File.ReadAllLines(Path.Combine(dataDirectory, TableFileNames.LoginProfiles)).Skip(1)
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

    /// <summary>The lookup as ImpHa generated it before rows were computed: the dispatch, then one comparison per row.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int PreviousGeneratedRowSearch()
    {
        var sum = 0;
        foreach (var users in _users)
        {
            PreviousTryGetLimits(HardwareProfile.Users15000, HaDeployment.ActiveActive, users, out var limits);
            sum += limits.UpperLimit;
        }

        return sum;
    }

    /// <summary>The emitted code of the previous version for this table: the profile switch, then one comparison per row.</summary>
    private static bool PreviousTryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, out ReLoginLimits limits)
    {
        bool activeActive = deployment == HaDeployment.ActiveActive;
        if (activeActive || deployment == HaDeployment.ActiveStandby)
        {
            switch (profile)
            {
                case HardwareProfile.Users15000:
                    return activeActive ? PreviousTryUsers15000ActiveActive(activeUsers, out limits) : HaLoginProfiles.TryGetLimits(profile, deployment, activeUsers, out limits);
            }
        }

        limits = default;
        return false;
    }

    private static bool PreviousTryUsers15000ActiveActive(int activeUsers, out ReLoginLimits limits)
    {
        if (activeUsers >= 1)
        {
            if (activeUsers <= 100)
            {
                limits = new ReLoginLimits(T.LowerLimitFor100Users, T.UpperLimitFor100Users, 100);
                return true;
            }

            if (activeUsers <= 500)
            {
                limits = new ReLoginLimits(T.LowerLimitFor500Users, T.UpperLimitFor500Users, 500);
                return true;
            }

            if (activeUsers <= 1000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor1000Users, T.UpperLimitFor1000Users, 1000);
                return true;
            }

            if (activeUsers <= 1500)
            {
                limits = new ReLoginLimits(T.LowerLimitFor1500Users, T.UpperLimitFor1500Users, 1500);
                return true;
            }

            if (activeUsers <= 2000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor2000Users, T.UpperLimitFor2000Users, 2000);
                return true;
            }

            if (activeUsers <= 2500)
            {
                limits = new ReLoginLimits(T.LowerLimitFor2500Users, T.UpperLimitFor2500Users, 2500);
                return true;
            }

            if (activeUsers <= 3000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor3000Users, T.UpperLimitFor3000Users, 3000);
                return true;
            }

            if (activeUsers <= 3500)
            {
                limits = new ReLoginLimits(T.LowerLimitFor3500Users, T.UpperLimitFor3500Users, 3500);
                return true;
            }

            if (activeUsers <= 4000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor4000Users, T.UpperLimitFor4000Users, 4000);
                return true;
            }

            if (activeUsers <= 4500)
            {
                limits = new ReLoginLimits(T.LowerLimitFor4500Users, T.UpperLimitFor4500Users, 4500);
                return true;
            }

            if (activeUsers <= 5000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor5000Users, T.UpperLimitFor5000Users, 5000);
                return true;
            }

            if (activeUsers <= 6000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor6000Users, T.UpperLimitFor6000Users, 6000);
                return true;
            }

            if (activeUsers <= 7000)
            {
                limits = new ReLoginLimits(T.LowerLimitFor7000Users, T.UpperLimitFor7000Users, 7000);
                return true;
            }

            if (activeUsers <= 7500)
            {
                limits = new ReLoginLimits(T.LowerLimitFor7500Users, T.UpperLimitFor7500Users, 7500);
                return true;
            }
        }

        limits = default;
        return false;
    }

    private sealed record Row(int Profile, string Deployment, int Users, int Upper);
}
