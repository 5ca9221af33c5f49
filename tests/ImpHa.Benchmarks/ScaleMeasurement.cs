using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;

namespace ImpHa.Benchmarks;

/// <summary>
/// Tables k times the shipped size (profiles a user might define, restart rules, standards): generator time, emitted
/// source size and the time to compile the generated code, each the median of three runs. Not part of <c>dotnet test</c>:
/// <c>dotnet run -c Release --project tests/ImpHa.Benchmarks -- scale 1 10 100</c>.
/// </summary>
internal static class ScaleMeasurement
{
    public static int Run(IEnumerable<int> factors)
    {
        Console.WriteLine("| factor | login rows | restart rules | standards | generator | emitted characters | compile of the generated code |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        GeneratorHarness.Run(Tables(1)); // JIT and reference loading out of the way
        foreach (var factor in factors)
        {
            var tables = Tables(factor);
            var generator = new List<double>();
            var compile = new List<double>();
            var characters = 0;
            for (var run = 0; run < 3; run++)
            {
                var watch = Stopwatch.StartNew();
                var (result, output) = GeneratorHarness.Run(tables);
                generator.Add(watch.Elapsed.TotalMilliseconds);
                if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    Console.WriteLine($"factor {factor}: {result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
                    return 1;
                }

                characters = result.GeneratedTrees.Sum(t => t.Length);
                watch.Restart();
                using var stream = new MemoryStream();
                var emitted = output.Emit(stream);
                compile.Add(watch.Elapsed.TotalMilliseconds);
                if (!emitted.Success)
                {
                    Console.WriteLine($"factor {factor}: {emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error)}");
                    return 1;
                }
            }

            var rows = Rows(tables, "LoginProfiles");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {factor}× | {rows:N0} | {Rows(tables, "RestartRules"):N0} | {Rows(tables, "XmppStandards"):N0} | {Median(generator):N0} ms | {characters:N0} | {Median(compile):N0} ms |"));
        }

        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static int Rows(ImmutableArray<GeneratorHarness.TableText> tables, string role) => tables.Single(t => t.Role == role).Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;

    /// <summary>The shipped tables with each table repeated <paramref name="factor"/> times under new profiles, ids and numbers.</summary>
    public static ImmutableArray<GeneratorHarness.TableText> Tables(int factor)
    {
        var shipped = GeneratorHarness.DefaultTables();
        string Text(string role) => shipped.Single(t => t.Role == role).Text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hardware = Lines(Text("HardwareProfiles"));
        var login = Lines(Text("LoginProfiles"));
        var restarts = Lines(Text("RestartRules"));
        var xmpp = Lines(Text("XmppStandards"));

        var hardwareOut = new StringBuilder(hardware[0]).Append('\n');
        var loginOut = new StringBuilder(login[0]).Append('\n');
        var restartOut = new StringBuilder(restarts[0]).Append('\n');
        var xmppOut = new StringBuilder(xmpp[0]).Append('\n');
        for (var copy = 0; copy < factor; copy++)
        {
            // Copy k of the profiles gets capacities shifted by k (500 -> 500 + k*100000): distinct profiles with Cisco's rows.
            var shift = copy * 100_000;
            foreach (var line in hardware.Skip(1))
            {
                var fields = line.Split(',');
                fields[0] = (int.Parse(fields[0], CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture);
                fields[1] = fields[0] + " Users Scaled";
                hardwareOut.Append(string.Join(",", fields)).Append('\n');
            }

            foreach (var line in login.Skip(1))
            {
                var comma = line.IndexOf(',', StringComparison.Ordinal);
                loginOut.Append((int.Parse(line[..comma], CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture)).Append(line[comma..]).Append('\n');
            }

            foreach (var line in restarts.Skip(1))
            {
                restartOut.Append(copy == 0 ? line : Copied(line, copy)).Append('\n');
            }

            var index = 0;
            foreach (var line in xmpp.Skip(1))
            {
                // XEP numbers have four digits: copies take consecutive free numbers, 60 per copy.
                var fields = line.Split(',');
                var isRfc = fields[0].StartsWith("RFC", StringComparison.Ordinal);
                var number = copy == 0 ? int.Parse(fields[1], CultureInfo.InvariantCulture) : (isRfc ? 20_000 : 1_000) + (copy * 60) + index;
                fields[0] = isRfc ? "RFC " + number.ToString(CultureInfo.InvariantCulture) : "XEP-" + number.ToString("0000", CultureInfo.InvariantCulture);
                fields[1] = number.ToString(CultureInfo.InvariantCulture);
                xmppOut.Append(string.Join(",", fields)).Append('\n');
                index++;
            }
        }

        return shipped.With("HardwareProfiles", hardwareOut.ToString()).With("LoginProfiles", loginOut.ToString()).With("RestartRules", restartOut.ToString()).With("XmppStandards", xmppOut.ToString());
    }

    /// <summary>A restart rule under a new id and a trigger of its own ("Copy 3, …"), so copies neither repeat nor contradict each other.</summary>
    private static string Copied(string line, int copy)
    {
        // The trigger is the fourth field; fields before it may be quoted and hold commas.
        var (field, quoted, index) = (0, false, 0);
        for (; index < line.Length && field < 3; index++)
        {
            if (line[index] == '"')
            {
                quoted = !quoted;
            }
            else if (line[index] == ',' && !quoted)
            {
                field++;
            }
        }

        var tag = "Copy" + copy.ToString(CultureInfo.InvariantCulture);
        var trigger = line[index..];
        trigger = trigger.StartsWith('"') ? "\"" + tag + " " + trigger[1..] : tag + " " + trigger;
        return tag + line[..index] + trigger;
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
}
