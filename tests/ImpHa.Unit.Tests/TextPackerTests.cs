using ImpHa.Analyzers.Emit;
using ImpHa.Core.Model;
using ImpHa.Core.Validate;
using ImpHa.Testing;
using Xunit;

namespace ImpHa.Unit.Tests;

/// <summary>The packed form of the restart and XMPP texts gives back every text character for character.</summary>
public class TextPackerTests
{
    public static TheoryData<string[]> Adversarial => new()
    {
        new[] { string.Empty },
        new[] { " ", "  ", "   " },
        new[] { "double  space", " leading", "trailing ", "a  b   c" },
        new[] { "Präsenz – 日本語 😀", "naïve café", "Präsenz" },
        new[] { "\"quoted\"", "back\\slash", "end */ comment", "/* open", "'single'" },
        new[] { "line\nbreak", "crlf\r\nbreak", "tab\there", "\u200Binvisible\u202E" },
        new[] { string.Empty, "same", "same", string.Empty, "same same" },
        new string[0],
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void Adversarial_texts_come_back_exactly(string[] texts) => AssertRoundTrip(texts);

    [Fact]
    public void Every_shipped_restart_and_xmpp_text_comes_back_exactly()
    {
        var restarts = RestartRuleReader.Read(File("RestartRules", TableRole.RestartRules)).Model!;
        var xmpp = XmppStandardReader.Read(File("XmppStandards", TableRole.XmppStandards)).Model!;
        var texts = restarts.Rules
            .SelectMany(r => new[] { r.Setting, r.MenuPath, r.Trigger, r.Alert, r.Service, r.Parameter, r.PrintedRestart, r.Interpretation })
            .Concat(xmpp.Standards.SelectMany(s => new[] { s.Identifier, s.Title }))
            .ToArray();

        Assert.Equal(87 * 8 + (xmpp.Standards.Count * 2), texts.Length);
        AssertRoundTrip(texts);
    }

    [Fact]
    public void Each_distinct_text_and_word_is_stored_once()
    {
        var packer = Pack(["Cisco XCP Router", "Cisco XCP Router", "Cisco SIP Proxy"]);

        Assert.Equal(2, packer.Count);
        Assert.Equal("Cisco XCP Router SIP Proxy", System.Text.Encoding.UTF8.GetString(packer.Words));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(16383)]
    [InlineData(16384)]
    [InlineData(int.MaxValue)]
    public void Varints_read_back(int value)
    {
        var bytes = new List<byte>();
        TextPacker.WriteVarint(bytes, value);
        var position = 0;
        Assert.Equal(value, ImpHa.ImpHaPackedText.Read(bytes.ToArray(), ref position));
        Assert.Equal(bytes.Count, position);
    }

    private static void AssertRoundTrip(string[] texts)
    {
        var packer = Pack(texts);
        // As a generated table holds them: rows first, then the words, then the runs.
        byte[] rows = [1, 2, 3];
        var decoder = new ImpHa.ImpHaPackedText([.. rows, .. packer.Words, .. packer.Runs], rows.Length, packer.Words.Length, packer.Count);
        foreach (var text in texts)
        {
            Assert.Equal(text, decoder.Get(packer.Id(text)));
        }
    }

    private static TextPacker Pack(IEnumerable<string> texts)
    {
        var packer = new TextPacker();
        foreach (var text in texts)
        {
            packer.Add(text);
        }

        return packer.Pack();
    }

    private static TableFile File(string role, TableRole tableRole)
    {
        var table = GeneratorHarness.DefaultTables().Single(t => t.Role == role);
        return new TableFile(tableRole, table.Path, table.Text);
    }
}
