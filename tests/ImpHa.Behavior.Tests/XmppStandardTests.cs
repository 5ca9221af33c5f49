using ImpHa.Core.Validate;
using Xunit;

namespace ImpHa.Behavior.Tests;

public class XmppStandardTests
{
    [Fact]
    public void All_29_standards_from_the_csv_are_listed_in_order()
    {
        var rows = DataFiles.Read(TableFileNames.XmppStandards);
        Assert.Equal(29, rows.Count);
        Assert.Equal(rows.Select(r => r["identifier"]), XmppStandards.All.Select(s => s.Identifier));
        Assert.Equal(rows.Select(r => r["title"]), XmppStandards.All.Select(s => s.Title));
        Assert.Equal(rows.Select(r => int.Parse(r["number"])), XmppStandards.All.Select(s => s.Number));
        foreach (var info in XmppStandards.All)
        {
            Assert.Same(info, XmppStandards.Get(info.Standard));
            Assert.True(XmppStandards.IsSupported(info.Identifier));
        }
    }

    [Theory]
    [InlineData("XEP-0045", XmppStandard.Xep0045)]
    [InlineData("xep-45", XmppStandard.Xep0045)]
    [InlineData(" XEP 0045 ", XmppStandard.Xep0045)]
    [InlineData("RFC 3920", XmppStandard.Rfc3920)]
    [InlineData("rfc3921", XmppStandard.Rfc3921)]
    public void Identifiers_are_read_in_their_common_spellings(string identifier, XmppStandard expected)
    {
        Assert.True(XmppStandards.TryParse(identifier, out var standard));
        Assert.Equal(expected, standard);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XEP-0999")]
    [InlineData("RFC 6120")]
    [InlineData("XEP-00x5")]
    [InlineData("XMPP-0045")]
    [InlineData("XEP-99999999999")]
    [InlineData("XEP-")]
    public void Unlisted_or_malformed_identifiers_are_not_supported(string? identifier)
        => Assert.False(XmppStandards.IsSupported(identifier));

    [Fact]
    public void Titles_are_kept_as_printed()
        => Assert.Equal("SOCKS5 Bystreams", XmppStandards.Get(XmppStandard.Xep0065).Title);
}
