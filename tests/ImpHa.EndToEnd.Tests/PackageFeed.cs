using System.Reflection;

namespace ImpHa.EndToEnd.Tests;

/// <summary>
/// The repository packed once per test run into a temporary feed, plus a workspace where consumer
/// projects restore from that feed (and nuget.org) into their own packages folder.
/// </summary>
internal sealed class PackageFeed
{
    private static readonly Lazy<Task<PackageFeed>> Shared = new(CreateAsync);

    private static readonly string[] RepositoryParts =
    [
        "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "README.md",
        "data", "src/ImpHa.Core", "src/ImpHa.Analyzers", "src/ImpHa.CodeFixes", "src/ImpHa.Package", "samples/ImpHa.Planner", "docs/diagnostics",
    ];

    private readonly Lazy<Task<string>> _tool;

    private PackageFeed(string root, string version, string package)
    {
        Root = root;
        Version = version;
        Package = package;
        _tool = new(PackToolAsync);
    }

    /// <summary>The temporary folder holding the repository copy, the feed and the consumers.</summary>
    public string Root { get; }

    public string Version { get; }

    /// <summary>The .nupkg file.</summary>
    public string Package { get; }

    public static string RepositoryRoot { get; } = Metadata("ImpHaRepoRoot");

    public static Task<PackageFeed> GetAsync() => Shared.Value;

    /// <summary>The Planner packed as a .NET tool into the same feed, once, when a test first asks; the .nupkg path.</summary>
    public Task<string> GetToolPackageAsync() => _tool.Value;

    private async Task<string> PackToolAsync()
    {
        var feed = Path.GetDirectoryName(Package)!;
        var pack = await DotnetCli.RunAsync(Path.Combine(Root, "repo"), "pack", "samples/ImpHa.Planner/ImpHa.Planner.csproj", "-c", "Release", "-o", feed, "--disable-build-servers");
        var tool = Path.Combine(feed, $"ImpHa.Planner.{Version}.nupkg");
        if (pack.ExitCode != 0 || !File.Exists(tool))
        {
            throw new InvalidOperationException($"Packing the Planner tool did not produce {tool}:\n{pack}");
        }

        return tool;
    }

    /// <summary>Writes a consumer project (csproj plus files, paths relative to its folder) into the workspace.</summary>
    public Consumer CreateConsumer(string name, string project, IReadOnlyDictionary<string, string> files)
    {
        var directory = Path.Combine(Root, "consumers", name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), project.Replace("$IMPHA_VERSION$", Version));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        return new Consumer(directory, Path.Combine(directory, name + ".csproj"));
    }

    private static async Task<PackageFeed> CreateAsync()
    {
        // The test host may end before a ProcessExit handler has deleted everything: clear what earlier runs left.
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "impha-e2e-*"))
        {
            if (Directory.GetLastWriteTimeUtc(stale) < DateTime.UtcNow.AddHours(-2))
            {
                TryDelete(stale);
            }
        }

        var root = Path.Combine(Path.GetTempPath(), "impha-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        var repository = Path.Combine(root, "repo");
        foreach (var part in RepositoryParts)
        {
            Copy(Path.Combine(RepositoryRoot, part), Path.Combine(repository, part));
        }

        var feed = Path.Combine(root, "feed");
        var pack = await DotnetCli.RunAsync(repository, "pack", "src/ImpHa.Package/ImpHa.Package.csproj", "-c", "Release", "-o", feed, "--disable-build-servers");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("Packing the repository failed:\n" + pack);
        }

        var version = Metadata("ImpHaVersion");
        var package = Path.Combine(feed, $"ImpHa.{version}.nupkg");
        if (!File.Exists(package))
        {
            throw new InvalidOperationException($"dotnet pack did not produce {package}:\n{pack}");
        }

        var consumers = Path.Combine(root, "consumers");
        Directory.CreateDirectory(consumers);
        File.WriteAllText(Path.Combine(consumers, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="impha-e2e" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        // Stop MSBuild from importing anything above the workspace.
        File.WriteAllText(Path.Combine(consumers, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(consumers, "Directory.Build.targets"), "<Project />");
        return new PackageFeed(root, version, package);
    }

    private static void Copy(string source, string target)
    {
        if (File.Exists(source))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is not ("bin" or "obj"))
            {
                Copy(file, Path.Combine(target, relative));
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string Metadata(string key)
        => typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>A consumer project in the workspace.</summary>
internal sealed record Consumer(string Directory, string ProjectPath)
{
    public Task<DotnetCli.Result> BuildAsync(params string[] extra)
        => DotnetCli.RunAsync(Directory, ["build", ProjectPath, "-c", "Release", "--disable-build-servers", .. extra]);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));
}
