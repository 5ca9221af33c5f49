using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ImpHa.Benchmarks.LookupBenchmarks).Assembly).Run(args, ImpHa.Benchmarks.BenchmarkSettings.Config);
