using BenchmarkDotNet.Running;

if (args.Length >= 2 && args[0] == "corpus")
{
    var files = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    System.Console.WriteLine($"{ImpHa.Benchmarks.AutomationCorpus.Write(args[1], files)} automation files in {args[1]}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ImpHa.Benchmarks.LookupBenchmarks).Assembly).Run(args, ImpHa.Benchmarks.BenchmarkSettings.Config);
