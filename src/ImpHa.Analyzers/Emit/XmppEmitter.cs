using System.Globalization;
using System.Linq;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.Model;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits <c>XmppStandard</c>, <c>XmppStandardInfo</c> and <c>XmppStandards</c>.</summary>
internal static class XmppEmitter
{
    public const string HintName = "ImpHa.XmppStandards.g.cs";

    public static string Emit(XmppStandardTable table, EmitOptions options)
    {
        var w = new SourceWriter(options);
        var nullable = options.NullableReference;
        w.TypeHeader("The XMPP standards (RFCs and XEPs) the IM and Presence Service complies with.");
        w.Line($"{w.Options.TypeVisibility} enum XmppStandard").Open();
        for (var i = 0; i < table.Standards.Count; i++)
        {
            var s = table.Standards[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Summary(SourceWriter.Xml($"{s.Identifier}: {s.Title}"));
            w.Line($"{s.MemberName} = {i.Text()},");
        }

        w.Close();
        w.Line();
        w.Block($$"""
            /// <summary>One XMPP standard: its identifier, number and title as Cisco lists them.</summary>
            {{options.GeneratedCodeAttribute}}
            {{options.TypeVisibility}} sealed class XmppStandardInfo
            {
                private readonly XmppStandard _standard;
                private readonly bool _isRfc;
                private readonly int _number;
                private readonly int _identifier;
                private readonly int _title;

                /// <summary>Reads the standard's row from the table's data: identifier and title ids, RFC or not, number, as varints.</summary>
                internal XmppStandardInfo(XmppStandard standard, byte[] data, ref int position)
                {
                    _standard = standard;
                    _identifier = ImpHaPackedText.Read(data, ref position);
                    _title = ImpHaPackedText.Read(data, ref position);
                    _isRfc = ImpHaPackedText.Read(data, ref position) != 0;
                    _number = ImpHaPackedText.Read(data, ref position);
                }

                /// <summary>The enum member.</summary>
                public XmppStandard Standard => _standard;

                /// <summary>"RFC 3920" or "XEP-0045".</summary>
                public string Identifier => XmppStandards.Text(_identifier);

                /// <summary>True for an IETF RFC, false for an XMPP Extension Protocol (XEP).</summary>
                public bool IsRfc => _isRfc;

                /// <summary>The RFC or XEP number.</summary>
                public int Number => _number;

                /// <summary>The title as Cisco lists it.</summary>
                public string Title => XmppStandards.Text(_title);

                /// <summary>Identifier and title, e.g. "XEP-0045 Multi-User Chat".</summary>
                public override string ToString() => Identifier + " " + Title;
            }

            """);
        w.TypeHeader("Cisco's \"XMPP Standards Compliance\" list, with lookups by identifier.");
        w.Line($"{w.Options.TypeVisibility} static class XmppStandards").Open();
        var texts = new TextPacker();
        foreach (var s in table.Standards)
        {
            texts.Add(s.Identifier);
            texts.Add(s.Title);
        }

        texts.Pack();
        var data = new System.Collections.Generic.List<byte>();
        foreach (var s in table.Standards)
        {
            foreach (var value in new[] { texts.Id(s.Identifier), texts.Id(s.Title), s.IsRfc ? 1 : 0, s.Number })
            {
                TextPacker.WriteVarint(data, value);
            }
        }

        texts.WriteTableData(w, data);
        w.Line("private static readonly XmppStandardInfo[] s_standards = ReadStandards();");
        w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<XmppStandardInfo> s_all = new global::System.Collections.ObjectModel.ReadOnlyCollection<XmppStandardInfo>(s_standards);");
        w.Line();
        w.Summary("Every standard, in the document's order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<XmppStandardInfo> All => s_all;");
        w.Block($$"""

            internal static string Text(int id) => s_texts.Get(id);

            private static XmppStandardInfo[] ReadStandards()
            {
                var standards = new XmppStandardInfo[{{table.Standards.Count.Text()}}];
                int position = 0;
                for (int i = 0; i < standards.Length; i++)
                {
                    standards[i] = new XmppStandardInfo((XmppStandard)i, s_data, ref position);
                }

                return standards;
            }

            /// <summary>The entry of a standard.</summary>
            /// <param name="standard">A defined standard.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">The value is not a defined member.</exception>
            public static XmppStandardInfo Get(XmppStandard standard)
            {
                int index = (int)standard;
                if (index < 0 || index >= s_standards.Length)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(standard), standard, "Not an XMPP standard of the ImpHa table.");
                }

                return s_standards[index];
            }

            /// <summary>True when the IM and Presence Service complies with the standard, e.g. "XEP-0045", "xep-45", "RFC 3920" or "RFC3920". Does not allocate.</summary>
            /// <param name="identifier">The identifier: RFC or XEP, an optional '-' or space, then the number.</param>
            public static bool IsSupported(string{{nullable}} identifier)
            {
                XmppStandard standard;
                return TryParse(identifier, out standard);
            }

            /// <summary>Reads an identifier such as "XEP-0045" or "RFC 3920" (case, surrounding space, leading zeros and the separator are free). Does not allocate.</summary>
            /// <param name="identifier">The identifier to read.</param>
            /// <param name="standard">The standard, when the method returns true.</param>
            public static bool TryParse(string{{nullable}} identifier, out XmppStandard standard)
            {
                standard = default(XmppStandard);
                if (identifier == null)
                {
                    return false;
                }

                int start = 0;
                int end = identifier.Length;
                while (start < end && char.IsWhiteSpace(identifier[start]))
                {
                    start++;
                }

                while (end > start && char.IsWhiteSpace(identifier[end - 1]))
                {
                    end--;
                }

                if (end - start < 4)
                {
                    return false;
                }

                bool isRfc = string.Compare(identifier, start, "RFC", 0, 3, global::System.StringComparison.OrdinalIgnoreCase) == 0;
                bool isXep = string.Compare(identifier, start, "XEP", 0, 3, global::System.StringComparison.OrdinalIgnoreCase) == 0;
                if (!isRfc && !isXep)
                {
                    return false;
                }

                int position = start + 3;
                if (identifier[position] == '-' || identifier[position] == ' ')
                {
                    position++;
                }

                if (position == end || end - position > 9)
                {
                    return false;
                }

                int number = 0;
                for (; position < end; position++)
                {
                    char c = identifier[position];
                    if (c < '0' || c > '9')
                    {
                        return false;
                    }

                    number = (number * 10) + (c - '0');
                }

                foreach (XmppStandardInfo info in s_standards)
                {
                    if (info.IsRfc == isRfc && info.Number == number)
                    {
                        standard = info.Standard;
                        return true;
                    }
                }

                return false;
            }
            """);
        w.Close();
        return w.Finish();
    }
}
