using System.Collections.Generic;
using System.IO;
using System.Xml;
using ImpHa.Analyzers.Analysis.Shapes;

namespace ImpHa.Analyzers.Analysis.Files;

/// <summary>
/// An XML file (a SOAP template): System.Xml decides whether it is well-formed, with no DTD and nothing fetched; the items are
/// then read by <see cref="XmlText"/>, the reader of XML in C# strings, which keeps each value's place in the file.
/// </summary>
internal static class XmlFile
{
    public static CheckedFileContent Read(FileText file, System.Threading.CancellationToken token)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(file.Text), settings);
            while (reader.Read())
            {
                token.ThrowIfCancellationRequested();
            }
        }
        catch (XmlException e)
        {
            return CheckedFileContent.Malformed(file.Offset(e.LineNumber, e.LinePosition), e.Message);
        }

        return new CheckedFileContent(new List<IReadOnlyList<ParameterItem>>(Shapes.XmlText.Items(file)), null, null);
    }
}
