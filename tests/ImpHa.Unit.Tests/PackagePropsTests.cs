using System.Xml.Linq;
using ImpHa.Analyzers.Settings;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

public class PackagePropsTests
{
    private static readonly XDocument Props = XDocument.Load(Path.Combine(TestData.RepositoryRoot, "src", "ImpHa.Package", "build", "ImpHa.props"));

    [Fact]
    public void Props_expose_exactly_the_properties_the_generator_and_analyzer_read()
    {
        var declared = Props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).Order().ToList();
        var read = ImpHaSettings.All.Select(s => s.Property).Order().ToList();
        Assert.Equal(read, declared);
    }

    [Fact]
    public void Props_expose_exactly_the_item_metadata_the_components_read()
    {
        var declared = Props.Descendants("CompilerVisibleItemMetadata")
            .Select(e => $"build_metadata.{(string?)e.Attribute("Include")}.{(string?)e.Attribute("MetadataName")}").Order().ToList();
        string[] read = [TableRoles.MetadataKey, TableRoles.ShippedMetadataKey, ImpHa.Analyzers.Analysis.Writes.Files.CheckedFiles.MetadataKey];
        Assert.Equal(read.Order(), declared);
    }
}
