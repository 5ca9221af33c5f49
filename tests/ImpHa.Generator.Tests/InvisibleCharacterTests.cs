using System.Globalization;
using ImpHa.Testing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// Table text is data: bidirectional controls and other invisible characters reach generated source only as
/// escapes (<c>\u202E</c> in literals, <c>&amp;#x202E;</c> in doc comments), never raw, so a reviewer sees what runs
/// ("Trojan Source"). Identifiers from tables take no invisible characters at all.
/// </summary>
public class InvisibleCharacterTests
{
    public static TheoryData<string> Invisible => new() { "\u202E", "\u202A", "\u2066", "\u2069", "\u200B", "\u200E", "\uFEFF", "\u2028", "\u00AD" };

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    [Theory]
    [MemberData(nameof(Invisible))]
    public void Invisible_characters_in_table_text_are_escaped_in_literals_and_doc_comments(string invisible)
    {
        var restart = $"id,setting,trigger,restart,automatic,kind,printed_restart\nEditProxyConfiguration,Proxy{invisible} Configuration,Any edit{invisible} to the proxy,SipProxy,,required,Cisco SIP Proxy{invisible}\n";
        var xmpp = $"identifier,number,title\nXEP-0045,45,Multi-User{invisible} Chat\n";
        var tables = GeneratorHarness.DefaultTables().With("RestartRules", restart).With("XmppStandards", xmpp);
        var (result, output) = GeneratorHarness.Run(tables);

        Assert.Empty(result.Diagnostics.WithoutLint());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        foreach (var tree in result.GeneratedTrees)
        {
            var text = tree.GetText().ToString();
            Assert.DoesNotContain(text, IsInvisible);
        }

        var code = ((int)invisible[0]).ToString("X4", CultureInfo.InvariantCulture);
        var restartSource = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("ImpHa.RestartRules.g.cs", StringComparison.Ordinal)).GetText().ToString();
        Assert.Contains($"Any edit&#x{code}; to the proxy", restartSource, StringComparison.Ordinal);

        // The value at run time is the table's text, character for character.
        var trigger = GeneratedAssembly.Load(tables).GetType("ImpHa.RestartRules")!.GetProperty("All")!.GetValue(null) as System.Collections.IEnumerable;
        var first = trigger!.Cast<object>().First();
        Assert.Equal($"Any edit{invisible} to the proxy", first.GetType().GetProperty("Trigger")!.GetValue(first));
    }

    [Theory]
    [InlineData("Edit\u202EProxy")]
    [InlineData("Edit\u200BProxy")]
    [InlineData("EditProxy\u00AD")]
    public void An_identifier_with_an_invisible_character_is_reported_at_its_cell(string id)
    {
        var restart = $"id,setting,trigger,restart,automatic,kind\n{id},Proxy,Any edit,SipProxy,,required\n";
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.DefaultTables().With("RestartRules", restart));
        var diagnostic = Assert.Single(result.Diagnostics.WithoutLint());
        Assert.Equal("IMPHA106", diagnostic.Id);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_namespace_with_an_invisible_character_is_refused()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.DefaultTables(), properties: new Dictionary<string, string> { ["ImpHaNamespace"] = "Contoso\u202E.Uc" });
        Assert.Equal("IMPHA107", Assert.Single(result.Diagnostics.WithoutLint()).Id);
    }
}
