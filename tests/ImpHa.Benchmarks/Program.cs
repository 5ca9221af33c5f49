using BenchmarkDotNet.Running;

if (args.Length >= 2 && args[0] == "corpus")
{
    var files = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    System.Console.WriteLine($"{ImpHa.Benchmarks.AutomationCorpus.Write(args[1], files)} automation files in {args[1]}");
    return 0;
}

if (args.Length >= 2 && args[0] == "scan")
{
    return ImpHa.Benchmarks.RealCodeScan.Run(args[1], args.Length > 2 ? args[2] : null);
}

if (args.Length >= 2 && args[0] == "textscan")
{
    return ImpHa.Benchmarks.TextScanMeasurement.Run(args[1]);
}

if (args.Length >= 1 && args[0] == "scale")
{
    return ImpHa.Benchmarks.ScaleMeasurement.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)) : [1, 10, 100]);
}

BenchmarkSwitcher.FromAssembly(typeof(ImpHa.Benchmarks.LookupBenchmarks).Assembly).Run(args, ImpHa.Benchmarks.BenchmarkSettings.Config);
return 0;
