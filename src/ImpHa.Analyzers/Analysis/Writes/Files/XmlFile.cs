using System.Collections.Generic;
using System.IO;
using System.Xml;
using ImpHa.Analyzers.Analysis.Writes;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

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
            var at = file.Offset(e.LineNumber, e.LinePosition);

            // System.Xml's own advice for a DTD (enable DtdProcessing) is no setting a user of ImpHa has.
            return string.CompareOrdinal(file.Text, at, "<!DOCTYPE", 0, 9) == 0
                ? CheckedFileContent.Malformed(at, "ImpHa does not read a document type declaration (<!DOCTYPE>) or the entities it defines.")
                : CheckedFileContent.Malformed(at, e.Message);
        }

        return new CheckedFileContent(new List<IReadOnlyList<ParameterItem>>(XmlText.Items(file)), null, null);
    }
}
