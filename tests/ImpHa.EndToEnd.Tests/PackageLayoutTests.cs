using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Xunit;

namespace ImpHa.EndToEnd.Tests;

/// <summary>What <c>dotnet pack</c> puts in the one package.</summary>
public class PackageLayoutTests
{
    [Fact]
    public async Task The_package_holds_the_components_build_logic_and_tables_and_no_lib()
    {
        var feed = await PackageFeed.GetAsync();
        var entries = NuGetPackage.Entries(feed.Package);

        Assert.Contains("analyzers/dotnet/cs/ImpHa.Analyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ImpHa.CodeFixes.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ImpHa.Core.dll", entries);
        Assert.Equal(3, entries.Count(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));
        Assert.Contains("build/ImpHa.props", entries);
        Assert.Contains("build/ImpHa.targets", entries);
        Assert.Contains("README.md", entries);
        foreach (var table in Directory.GetFiles(Path.Combine(PackageFeed.RepositoryRoot, "data"), "*.csv"))
        {
            Assert.Contains("data/" + Path.GetFileName(table), entries);
        }

        foreach (var page in Directory.GetFiles(Path.Combine(PackageFeed.RepositoryRoot, "docs", "diagnostics"), "IMPHA*.md"))
        {
            Assert.Contains("docs/diagnostics/" + Path.GetFileName(page), entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("buildTransitive/", StringComparison.Ordinal));
        var nuspec = NuGetPackage.ReadNuspec(feed.Package);
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.DoesNotContain("<dependency ", nuspec);
        var projectUrl = System.Xml.Linq.XDocument.Load(Path.Combine(PackageFeed.RepositoryRoot, "Directory.Build.props")).Descendants("ImpHaProjectUrl").Single().Value;
        Assert.Contains($"<projectUrl>{projectUrl}</projectUrl>", nuspec);
        Assert.Contains($"<repository type=\"git\" url=\"{projectUrl}\"", nuspec);
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/ImpHa.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/ImpHa.CodeFixes.dll")]
    public async Task The_components_reference_a_Roslyn_old_enough_for_the_net8_sdk_and_Visual_Studio_2022(string entry)
    {
        var feed = await PackageFeed.GetAsync();
        var references = AssemblyReferences(feed.Package, entry);

        // The .NET 8 SDK (8.0.1xx) and Visual Studio 2022 17.8 carry Roslyn 4.8; a component built against a newer one does not load there.
        var roslyn = references.Where(r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= new Version(4, 8, 0, 0), $"{entry} references {r.Name} {r.Version}"));
        Assert.Equal(entry.Contains("CodeFixes", StringComparison.Ordinal), roslyn.Any(r => r.Name.Contains("Workspaces", StringComparison.Ordinal)));
        Assert.Contains(references, r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
    }

    [Fact]
    public async Task The_core_references_no_Roslyn_and_no_collections_newer_than_Roslyn_4_8s()
    {
        var feed = await PackageFeed.GetAsync();
        var references = AssemblyReferences(feed.Package, "analyzers/dotnet/cs/ImpHa.Core.dll");

        Assert.DoesNotContain(references, r => r.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.All(references.Where(r => r.Name == "System.Collections.Immutable"), r => Assert.True(r.Version <= new Version(7, 0, 0, 0), $"ImpHa.Core references {r.Name} {r.Version}"));
        Assert.Contains(references, r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
    }

    private static List<(string Name, Version Version)> AssemblyReferences(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var memory = new MemoryStream();
        using (var stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(memory);
        }

        memory.Position = 0;
        using var pe = new PEReader(memory);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => (metadata.GetString(r.Name), r.Version))
            .ToList();
    }
}
