// Reads Stryker.NET's JSON reports and prints, per folder, the logic mutants (every mutator but string literals)
// killed, survived and not covered, and the string-literal mutants apart:
//   dotnet run tests/Mutation/summarize.cs -- REPORT.json [REPORT.json ...]
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

var rows = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
foreach (var path in args)
{
    using var document = JsonDocument.Parse(File.ReadAllText(path));
    var root = document.RootElement.GetProperty("projectRoot").GetString() ?? "";
    foreach (var file in document.RootElement.GetProperty("files").EnumerateObject())
    {
        var relative = Path.GetRelativePath(root, file.Name).Replace('\\', '/');
        var folder = relative.Contains('/') ? relative[..relative.LastIndexOf('/')] : ".";
        foreach (var mutant in file.Value.GetProperty("mutants").EnumerateArray())
        {
            var status = mutant.GetProperty("status").GetString();
            var isString = mutant.GetProperty("mutatorName").GetString() == "String mutation";
            // columns: logic killed, survived, no coverage; strings killed, survived, no coverage
            var column = status switch { "Killed" or "Timeout" => 0, "Survived" => 1, "NoCoverage" => 2, _ => -1 };
            if (column < 0)
            {
                continue;
            }

            if (!rows.TryGetValue(folder, out var counts))
            {
                rows[folder] = counts = new int[6];
            }

            counts[column + (isString ? 3 : 0)]++;
        }
    }
}

static string Score(int killed, int survived, int uncovered)
    => killed + survived + uncovered == 0 ? "-" : $"{100.0 * killed / (killed + survived + uncovered):F1} %";

Console.WriteLine("| folder | logic killed | survived | no coverage | logic score | strings killed / all |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|");
foreach (var (folder, c) in rows)
{
    Console.WriteLine($"| {folder} | {c[0]} | {c[1]} | {c[2]} | {Score(c[0], c[1], c[2])} | {c[3]} / {c[3] + c[4] + c[5]} |");
}

return 0;
