using System.Reflection;
using System.Xml.Linq;
using ImpHa.Analyzers.Settings;
using Xunit;

namespace ImpHa.Analyzer.Tests;

public class PackagePropsTests
{
    [Fact]
    public void Props_expose_exactly_the_properties_the_generator_and_analyzer_read()
    {
        var dataDirectory = typeof(PackagePropsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ImpHaDataDirectory").Value!;
        var props = XDocument.Load(Path.Combine(dataDirectory, "..", "src", "ImpHa.Package", "build", "ImpHa.props"));
        var declared = props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).Order().ToList();
        var read = CompilerVisibleProperties.All.Order().ToList();
        Assert.Equal(read, declared);
        Assert.Contains(props.Descendants("CompilerVisibleItemMetadata"), e => (string?)e.Attribute("MetadataName") == "ImpHaTable");
    }
}
