using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ImpHa.Benchmarks;

internal static class BenchmarkSettings
{
    /// <summary>In-process (no generated project to build), memory diagnoser on, 5 warm-ups and 10 measured iterations, sized for two cores.</summary>
    public static IConfig Config { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
