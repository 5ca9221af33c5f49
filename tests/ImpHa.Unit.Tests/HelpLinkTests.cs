using System.Xml.Linq;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>Every diagnostic's help link comes from the one project URL and names a page that exists .</summary>
public class HelpLinkTests
{
    private static readonly string ProjectUrl = XDocument.Load(Path.Combine(TestData.RepositoryRoot, "Directory.Build.props"))
        .Descendants("ImpHaProjectUrl").Single().Value;

    private static readonly string DiagnosticPages = Path.Combine(TestData.RepositoryRoot, "docs", "diagnostics");

    [Fact]
    public void The_project_url_is_set_once_and_feeds_the_package_metadata()
    {
        var props = XDocument.Load(Path.Combine(TestData.RepositoryRoot, "Directory.Build.props"));
        Assert.Equal("$(ImpHaProjectUrl)", props.Descendants("RepositoryUrl").Single().Value);
        Assert.Equal("$(ImpHaProjectUrl)", props.Descendants("PackageProjectUrl").Single().Value);
        Assert.Equal(ProjectInfo.Url, ProjectUrl);
    }

    [Fact]
    public void Each_descriptor_links_to_its_page_and_says_where_the_packaged_copy_is()
    {
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Equal($"{ProjectUrl}/blob/main/docs/diagnostics/{d.Id}.md", d.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(DiagnosticPages, d.Id + ".md")), $"no page for {d.Id}");
            Assert.Contains($"docs/diagnostics/{d.Id}.md", d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Each_page_belongs_to_a_diagnostic()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();
        Assert.All(Directory.GetFiles(DiagnosticPages, "*.md"), page => Assert.Contains(Path.GetFileNameWithoutExtension(page), ids));
    }
}
