using System.Globalization;
using System.Linq;
using ImpHa.Core.Domain;
using ImpHa.Core.Model;

namespace ImpHa.Analyzers.Emit;

/// <summary>Emits <c>XmppStandard</c>, <c>XmppStandardInfo</c> and <c>XmppStandards</c>.</summary>
internal static class XmppEmitter
{
    public const string HintName = "ImpHa.XmppStandards.g.cs";

    public static string Emit(XmppStandardTable table, EmitOptions options)
    {
        var w = new SourceWriter(options);
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
        w.TypePart("sealed partial class XmppStandardInfo");
        w.Line();
        w.TypeHeader("Cisco's \"XMPP Standards Compliance\" list, with lookups by identifier.");
        w.Line($"{w.Options.TypeVisibility} static partial class XmppStandards").Open();
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
        w.Line($"private static readonly XmppStandardInfo[] s_standards = ReadStandards({table.Standards.Count.Text()});");
        w.Line("private static readonly global::System.Collections.ObjectModel.ReadOnlyCollection<XmppStandardInfo> s_all = new global::System.Collections.ObjectModel.ReadOnlyCollection<XmppStandardInfo>(s_standards);");
        w.Line();
        w.Summary("Every standard, in the document's order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<XmppStandardInfo> All => s_all;");
        w.Close();
        w.Line();
        return w.Template("XmppStandards").Finish();
    }
}
