using System.Text;
using ImpHa.Analyzers.Emit;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// Documentation comments are left out where they would land in a project's XML documentation file for internal types,
/// and kept elsewhere (README, "What lands in your assembly"; IMPHA111).
/// </summary>
public class DocCommentTests
{
    private static readonly CSharpParseOptions WithXmlFile = GeneratorHarness.ParseOptions();

    // What the IDE parses with in a project without an XML documentation file: comments read for IntelliSense, not checked.
    private static readonly CSharpParseOptions WithoutXmlFile = GeneratorHarness.ParseOptions().WithDocumentationMode(DocumentationMode.Parse);

    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void Removing_the_comments_leaves_every_token_directive_and_comment_of_every_file(LanguageVersion version)
    {
        var options = GeneratorHarness.ParseOptions(version);
        var sources = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), options, Properties(docComments: "true", parts: "all")).Result.Results[0].GeneratedSources;
        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var text = source.SourceText.ToString();
            var removed = DocComments.Remove(text);
            Assert.Contains("/// <summary>", text);
            Assert.DoesNotContain("///", removed);
            Assert.Equal(TokensAndTrivia(text, options), TokensAndTrivia(removed, options));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("all")]
    [InlineData("login")]
    public void Internal_types_stay_out_of_the_projects_XML_documentation_file(string parts)
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), WithXmlFile, Properties(docComments: "", parts: parts));
        Assert.All(result.GeneratedTrees, tree => Assert.DoesNotContain("///", tree.GetText().ToString()));
        var xml = XmlDocumentation(output);
        Assert.Contains("<members>", xml);
        Assert.DoesNotContain("ImpHa", xml);
    }

    [Fact]
    public void Without_an_XML_documentation_file_the_comments_stay_for_IntelliSense()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), WithoutXmlFile, Properties(docComments: "", parts: "")).Result;
        Assert.All(result.GeneratedTrees, tree => Assert.Contains("/// <summary>", tree.GetText().ToString()));
    }

    [Fact]
    public void Public_types_keep_their_comments_in_the_XML_documentation_file()
    {
        var properties = Properties(docComments: "", parts: "");
        properties["ImpHaTypeVisibility"] = "public";
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), WithXmlFile, properties);
        var helpers = new[] { TextHelperEmitter.HintName, PackedTextEmitter.HintName };
        var sources = result.Results[0].GeneratedSources;
        Assert.All(sources.Where(s => !helpers.Contains(s.HintName)), source => Assert.Contains("/// <summary>", source.SourceText.ToString()));
        Assert.All(sources.Where(s => helpers.Contains(s.HintName)), source => Assert.DoesNotContain("///", source.SourceText.ToString()));
        Assert.Contains("name=\"T:ImpHa.RestartRules\"", XmlDocumentation(output));
    }

    [Fact]
    public void Public_types_keep_the_internal_helpers_out_of_the_XML_documentation_file()
    {
        var properties = Properties(docComments: "", parts: "");
        properties["ImpHaTypeVisibility"] = "public";
        var xml = XmlDocumentation(GeneratorHarness.Run(GeneratorHarness.DefaultTables(), WithXmlFile, properties).Output);
        Assert.Contains("name=\"T:ImpHa.XmppStandards\"", xml);
        Assert.DoesNotContain("ImpHaText", xml);
        Assert.DoesNotContain("ImpHaPackedText", xml);
    }

    [Theory]
    [InlineData("")]
    [InlineData("all")]
    public void Public_types_without_comments_compile_without_warnings(string parts)
    {
        var properties = Properties(docComments: "false", parts: parts);
        properties["ImpHaTypeVisibility"] = "public";
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), WithXmlFile, properties);
        Assert.All(result.GeneratedTrees, tree => Assert.DoesNotContain("///", tree.GetText().ToString()));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.DoesNotContain("ImpHa", XmlDocumentation(output));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    public void ImpHaDocComments_decides_where_a_project_sets_it(string value, bool expected)
    {
        foreach (var parseOptions in new[] { WithXmlFile, WithoutXmlFile })
        {
            var (result, output) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), parseOptions, Properties(docComments: value, parts: ""));
            Assert.Empty(result.Diagnostics);
            Assert.All(result.GeneratedTrees, tree => Assert.Equal(expected, tree.GetText().ToString().Contains("/// <summary>", StringComparison.Ordinal)));
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }
    }

    [Fact]
    public void Another_value_warns_IMPHA111_and_keeps_the_default()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), WithXmlFile, Properties(docComments: "yes", parts: "")).Result;
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("IMPHA111", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Contains("'yes'", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.All(result.GeneratedTrees, tree => Assert.DoesNotContain("///", tree.GetText().ToString()));
    }

    private static Dictionary<string, string> Properties(string docComments, string parts)
        => new() { ["ImpHaDocComments"] = docComments, ["ImpHaGenerate"] = parts, ["ImpHaProfile"] = "15000", ["ImpHaDeployment"] = "ActiveActive" };

    /// <summary>Every token, directive and comment but the documentation comments, in order; white space aside.</summary>
    private static List<string> TokensAndTrivia(string text, CSharpParseOptions options)
    {
        var items = new List<string>();
        foreach (var token in CSharpSyntaxTree.ParseText(text, options).GetRoot().DescendantTokens())
        {
            items.AddRange(token.LeadingTrivia.Where(Kept).Select(t => t.Kind() + " " + t.ToFullString()));
            items.Add(token.Kind() + " " + token.Text);
            items.AddRange(token.TrailingTrivia.Where(Kept).Select(t => t.Kind() + " " + t.ToFullString()));
        }

        Assert.Contains(items, i => i.StartsWith(nameof(SyntaxKind.SingleLineCommentTrivia), StringComparison.Ordinal));
        return items;

        static bool Kept(SyntaxTrivia trivia)
            => !trivia.IsKind(SyntaxKind.WhitespaceTrivia) && !trivia.IsKind(SyntaxKind.EndOfLineTrivia) && !trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia);
    }

    private static string XmlDocumentation(Compilation compilation)
    {
        using var pe = new MemoryStream();
        using var xml = new MemoryStream();
        var emitted = compilation.Emit(pe, xmlDocumentationStream: xml);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Encoding.UTF8.GetString(xml.ToArray());
    }
}
