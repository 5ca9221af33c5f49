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
        Assert.Contains("build/ImpHa.props", entries);
        Assert.Contains("build/ImpHa.targets", entries);
        Assert.Contains("README.md", entries);
        foreach (var table in Directory.GetFiles(Path.Combine(PackageFeed.RepositoryRoot, "data"), "*.csv"))
        {
            Assert.Contains("data/" + Path.GetFileName(table), entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("buildTransitive/", StringComparison.Ordinal));
        var nuspec = NuGetPackage.ReadNuspec(feed.Package);
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
        Assert.Contains("<readme>README.md</readme>", nuspec);
        Assert.DoesNotContain("<dependency ", nuspec);
    }
}
