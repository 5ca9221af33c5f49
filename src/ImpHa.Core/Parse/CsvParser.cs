using System.Collections.Immutable;
using System.Text;
using ImpHa.Core.Diagnostics;
using ImpHa.Core.Model;

namespace ImpHa.Core.Parse;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields optionally in double quotes with <c>""</c> for a quote,
/// quoted fields may span lines. Blank lines are skipped. Every field keeps its position so that
/// later steps can point a diagnostic at it.
/// </summary>
public static class CsvParser
{
    public static CsvDocument Parse(string path, string text)
    {
        var cursor = new Cursor(path, text);
        var records = ImmutableArray.CreateBuilder<CsvRecord>();
        var errors = ImmutableArray.CreateBuilder<TableDiagnostic>();
        if (cursor.Peek() == '\uFEFF')
        {
            cursor.Advance();
        }

        while (!cursor.AtEnd)
        {
            if (cursor.AtLineBreak)
            {
                cursor.SkipLineBreak();
                continue;
            }

            var record = ReadRecord(ref cursor, errors);
            if (record is not null)
            {
                records.Add(record);
            }
        }

        CsvRecord? header = records.Count > 0 ? records[0] : null;
        var data = records.Count > 1 ? records.ToImmutable().RemoveAt(0) : ImmutableArray<CsvRecord>.Empty;
        return new CsvDocument(path, header, data, errors.ToImmutable());
    }

    private static CsvRecord? ReadRecord(ref Cursor cursor, ImmutableArray<TableDiagnostic>.Builder errors)
    {
        var fields = ImmutableArray.CreateBuilder<CsvField>();
        var recordStart = cursor.Mark();
        var failed = false;
        while (true)
        {
            var field = cursor.Peek() == '"' ? ReadQuoted(ref cursor, errors, ref failed) : ReadPlain(ref cursor);
            fields.Add(field);
            if (cursor.Peek() == ',')
            {
                cursor.Advance();
                continue;
            }

            if (!cursor.AtEnd && !cursor.AtLineBreak)
            {
                // Only reachable after a closing quote: text such as "a"b is malformed.
                var at = cursor.Mark();
                errors.Add(TableDiagnostic.Create(
                    TableDiagnosticKind.CsvSyntax,
                    cursor.LocationFrom(at),
                    $"unexpected '{cursor.Peek()}' after a closing quote; put the whole field in quotes and double any quote inside it (\"\")"));
                failed = true;
                cursor.SkipToLineEnd();
            }

            break;
        }

        var location = cursor.LocationFrom(recordStart);
        if (!cursor.AtEnd)
        {
            cursor.SkipLineBreak();
        }

        return failed ? null : new CsvRecord(fields.ToImmutable(), location);
    }

    private static CsvField ReadPlain(ref Cursor cursor)
    {
        var start = cursor.Mark();
        while (!cursor.AtEnd && !cursor.AtLineBreak && cursor.Peek() != ',')
        {
            cursor.Advance();
        }

        return new CsvField(cursor.TextFrom(start), cursor.LocationFrom(start));
    }

    private static CsvField ReadQuoted(ref Cursor cursor, ImmutableArray<TableDiagnostic>.Builder errors, ref bool failed)
    {
        var start = cursor.Mark();
        cursor.Advance();
        var value = new StringBuilder();
        while (true)
        {
            if (cursor.AtEnd)
            {
                errors.Add(TableDiagnostic.Create(
                    TableDiagnosticKind.CsvSyntax,
                    cursor.LocationAt(start, 1),
                    "this quoted field is never closed; add the closing '\"' (write a quote inside a field as \"\")"));
                failed = true;
                return new CsvField(value.ToString(), cursor.LocationFrom(start));
            }

            var c = cursor.Peek();
            cursor.Advance();
            if (c != '"')
            {
                value.Append(c);
            }
            else if (cursor.Peek() == '"')
            {
                value.Append('"');
                cursor.Advance();
            }
            else
            {
                return new CsvField(value.ToString(), cursor.LocationFrom(start));
            }
        }
    }

    private struct Cursor(string path, string text)
    {
        private int _position;
        private int _line;
        private int _column;

        public readonly bool AtEnd => _position >= text.Length;

        public readonly bool AtLineBreak => !AtEnd && (text[_position] == '\n' || text[_position] == '\r');

        public readonly char Peek() => AtEnd ? '\0' : text[_position];

        public readonly (int Position, int Line, int Column) Mark() => (_position, _line, _column);

        public void Advance()
        {
            if (text[_position] == '\n')
            {
                _line++;
                _column = 0;
            }
            else if (text[_position] == '\r' && (_position + 1 >= text.Length || text[_position + 1] != '\n'))
            {
                _line++;
                _column = 0;
            }
            else if (text[_position] != '\r')
            {
                _column++;
            }

            _position++;
        }

        public void SkipLineBreak()
        {
            if (Peek() == '\r')
            {
                Advance();
            }

            if (Peek() == '\n')
            {
                Advance();
            }
        }

        public void SkipToLineEnd()
        {
            while (!AtEnd && !AtLineBreak)
            {
                Advance();
            }
        }

        public readonly string TextFrom((int Position, int Line, int Column) start)
            => text.Substring(start.Position, _position - start.Position);

        public readonly SourceLocation LocationFrom((int Position, int Line, int Column) start)
            => new(path, start.Position, _position - start.Position, start.Line, start.Column, _line, _column);

        public readonly SourceLocation LocationAt((int Position, int Line, int Column) start, int length)
            => new(path, start.Position, length, start.Line, start.Column, start.Line, start.Column + length);
    }
}
