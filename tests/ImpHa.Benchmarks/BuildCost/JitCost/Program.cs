using Microsoft.Diagnostics.Tracing;

// measure-jit.sh TRACE: the JIT compilations of ImpHa's analyzer in one compiler run. Each compilation is timed from
// MethodJittingStarted to MethodLoadVerbose on the same thread; "the analyzer's part" starts with the JIT of the first method
// its compilation-start callback calls, AnalyzerTables.Load (the generator has run by then), and covers the ImpHa methods
// compiled from then on. With a third argument "all", it also covers the other methods (generic instantiations of the
// framework's collections over ImpHa's types, say) compiled from then on by the threads that compiled ImpHa's.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: ImpHa.MeasureJit TRACE.nettrace [TOP]");
    return 2;
}

var top = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15;
var all = args.Length > 2 && args[2] == "all";
var started = new Dictionary<(int Thread, long Method), (double At, string Name)>();
var compiled = new List<(double At, double Milliseconds, string Name, string Tier, int Thread)>();
using (var source = new EventPipeEventSource(args[0]))
{
    source.Clr.MethodJittingStarted += e => started[(e.ThreadID, e.MethodID)] = (e.TimeStampRelativeMSec, e.MethodNamespace + "::" + e.MethodName);
    source.Clr.MethodLoadVerbose += e =>
    {
        if (started.Remove((e.ThreadID, e.MethodID), out var start))
        {
            compiled.Add((start.At, e.TimeStampRelativeMSec - start.At, start.Name, e.OptimizationTier.ToString(), e.ThreadID));
        }
    };
    source.Process();
}

// The namespace, or for the framework's generics the type with its first type argument's namespace.
static string Owner(string name)
{
    var type = name.Split("::")[0];
    var generic = type.IndexOf('[');
    var args = generic < 0 ? "" : type[(generic + 1)..];
    var argOwner = args.StartsWith("ImpHa.", StringComparison.Ordinal) ? " over ImpHa" : args.Contains("ImpHa.") ? " with ImpHa" : "";
    var plain = generic < 0 ? type : type[..generic];
    var dot = plain.LastIndexOf('.');
    return (dot < 0 ? plain : plain[..dot]) + argOwner;
}

static bool IsImpHa(string name) => name.StartsWith("ImpHa.", StringComparison.Ordinal);
var first = compiled.FirstOrDefault(c => c.Name == "ImpHa.Analyzers.Analysis.AnalyzerTables::Load");
if (first.Name is null)
{
    Console.Error.WriteLine("error: ImpHa's analyzer did not start in this trace (AnalyzerTables.Load was never compiled)");
    return 1;
}

if (args.Length > 2 && args[2] == "generator")
{
    // Everything compiled from the first ImpHa method (the generator starts first) until the analyzer starts: the
    // generator's own methods and the framework's and Roslyn's code it is the first to need.
    var start = compiled.First(c => IsImpHa(c.Name)).At;
    var window = compiled.Where(c => c.At >= start && c.At < first.At).ToList();
    Console.WriteLine($"{window.Count} methods compiled from the generator's start to the analyzer's, {window.Sum(c => c.Milliseconds):F2} ms, over {first.At - start:F1} ms");
    foreach (var owner in window.GroupBy(c => Owner(c.Name)).OrderByDescending(g => g.Sum(c => c.Milliseconds)).Take(top))
    {
        Console.WriteLine($"  {owner.Sum(c => c.Milliseconds),7:F2} ms {owner.Count(),5} methods  {owner.Key}");
    }

    return 0;
}

var impHaThreads = compiled.Where(c => c.At >= first.At && IsImpHa(c.Name)).Select(c => c.Thread).ToHashSet();
var analyzer = compiled.Where(c => c.At >= first.At && (IsImpHa(c.Name) || (all && impHaThreads.Contains(c.Thread)))).ToList();
Console.WriteLine($"{analyzer.Count} {(all ? "" : "ImpHa ")}methods compiled {(all ? "on ImpHa's threads " : "")}while the analyzer ran, {analyzer.Sum(c => c.Milliseconds):F2} ms");
foreach (var tier in analyzer.GroupBy(c => c.Tier).OrderBy(g => g.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {tier.Key}: {tier.Count()} methods, {tier.Sum(c => c.Milliseconds):F2} ms");
}

Console.WriteLine($"the {top} longest:");
foreach (var c in analyzer.OrderByDescending(c => c.Milliseconds).Take(top))
{
    Console.WriteLine($"  {c.Milliseconds,6:F3} ms  {c.Name} ({c.Tier})");
}

return 0;
