using System.Collections.Generic;
using System.Globalization;
using ImpHa.Core.Domain;

namespace ImpHa.Core.Model;

/// <summary>An XMPP standard the IM and Presence Service complies with: an RFC or a XEP.</summary>
public sealed record XmppStandardModel(bool IsRfc, int Number, string Identifier, string Title)
{
    public string MemberName => IsRfc
        ? "Rfc" + Number.Text()
        : "Xep" + Number.ToString("0000", CultureInfo.InvariantCulture);
}

/// <summary>The XMPP standards compliance list, in document order.</summary>
public sealed record XmppStandardTable(EquatableArray<XmppStandardModel> Standards)
{
}
