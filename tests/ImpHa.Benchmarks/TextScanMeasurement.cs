using System.Diagnostics;
using ImpHa.Analyzers.Analysis.Rules;
using ImpHa.Analyzers.Analysis.Candidates;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.Benchmarks;

/// <summary>
/// The name scan alone over every C# file under a folder, in a new process: its first pass (what a compiler process
/// pays, the runtime compiling the scan included) and the best of 20 warm passes. The names are those the analyzer takes from the
/// shipped restart table, the limits' names and the generated lookups. Not part of <c>dotnet test</c>:
/// <c>dotnet run -c Release --project tests/ImpHa.Benchmarks -- textscan DIR</c>; run it a few times, a process each.
/// </summary>
internal static class TextScanMeasurement
{
    public static int Run(string folder)
    {
        var texts = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .Select(f => SourceText.From(File.ReadAllText(f)))
            .ToList();
        var restarts = RestartRuleReader.Read(new TableFile(TableRole.RestartRules, "/data/" + TableFileNames.RestartRules, GeneratorHarness.DefaultTables().Single(t => t.Role == "RestartRules").Text)).Model!;
        var names = RestartNeededRule.ParameterNamesOf(restarts)
            .Concat(GeneratedNames.LookupMethods)
            .Concat([ServerRecoveryManagerParameters.ClientReLoginUpperLimit, ServerRecoveryManagerParameters.ClientReLoginLowerLimit, ImpServices.ServerRecoveryManager.Name]);

        // Whatever the files held stays out of the caches the first pass meets, as in a compiler that has just parsed them.
        var evict = new byte[64 << 20];
        for (var i = 0; i < evict.Length; i += 64)
        {
            evict[i]++;
        }

        var stopwatch = Stopwatch.StartNew();
        var matcher = new NameMatcher(names);
        var setUp = stopwatch.Elapsed.TotalMilliseconds;
        stopwatch.Restart();
        var found = matcher.FindAll(texts, CancellationToken.None);
        var first = stopwatch.Elapsed.TotalMilliseconds;
        var warm = double.MaxValue;
        for (var pass = 0; pass < 20; pass++)
        {
            stopwatch.Restart();
            matcher.FindAll(texts, CancellationToken.None);
            warm = Math.Min(warm, stopwatch.Elapsed.TotalMilliseconds);
        }

        var characters = texts.Sum(t => (long)t.Length);
        Console.WriteLine($"{texts.Count} files, {characters:N0} characters, {found.Count(f => f is not null)} files name something");
        Console.WriteLine($"set-up {setUp:F2} ms, first pass {first:F2} ms, warm {warm:F2} ms ({warm * 1e6 / characters:F2} ns a character)");
        return 0;
    }
}
