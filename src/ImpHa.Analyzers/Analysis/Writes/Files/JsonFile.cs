using System.Collections.Generic;
using ImpHa.Analyzers.Analysis.Writes;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>
/// A JSON file (settings, an inventory): a small strict reader of its syntax, because System.Text.Json is no package an
/// analyzer may depend on and the compiler does not load it for one. Comments and trailing commas are allowed, as
/// .NET's configuration reads appsettings.json. The items are then read by <see cref="JsonText"/>, the reader of JSON in C# strings.
/// </summary>
internal static class JsonFile
{
    private const int MaxDepth = 256;

    public static CheckedFileContent Read(FileText file)
    {
        var syntax = new Syntax(file.Text);
        if (syntax.Problem() is var (at, problem))
        {
            return CheckedFileContent.Malformed(at, problem);
        }

        return new CheckedFileContent(new List<IReadOnlyList<ParameterItem>>(JsonText.Items(file)), null, null);
    }

    private sealed class Syntax(string text)
    {
        private int _i;

        /// <summary>The first place the text is not JSON, and what was expected there; null when it is.</summary>
        public (int At, string Problem)? Problem()
        {
            try
            {
                Value(0);
                Blank();
                return _i < text.Length ? (_i, "Unexpected text after the JSON value.") : null;
            }
            catch (JsonProblem e)
            {
                return (e.At, e.Message);
            }
        }

        private void Value(int depth)
        {
            Blank();
            if (_i >= text.Length)
            {
                throw new JsonProblem(_i, "The file ends where a JSON value was expected.");
            }

            switch (text[_i])
            {
                case '{':
                    Container(depth, '}', member: true);
                    return;
                case '[':
                    Container(depth, ']', member: false);
                    return;
                case '"':
                    String();
                    return;
            }

            var start = _i;
            while (_i < text.Length && (char.IsLetterOrDigit(text[_i]) || text[_i] is '-' or '+' or '.'))
            {
                _i++;
            }

            var word = text.Substring(start, _i - start);
            if (word is not ("true" or "false" or "null") && !double.TryParse(word, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                throw new JsonProblem(start, "Expected a JSON value (an object, array, string, number, true, false or null).");
            }
        }

        private void Container(int depth, char close, bool member)
        {
            if (depth >= MaxDepth)
            {
                throw new JsonProblem(_i, "The JSON is nested too deeply.");
            }

            _i++;
            while (true)
            {
                Blank();
                if (_i < text.Length && text[_i] == close)
                {
                    _i++;
                    return;
                }

                if (member)
                {
                    if (_i >= text.Length || text[_i] != '"')
                    {
                        throw new JsonProblem(_i, "Expected a property name in double quotes.");
                    }

                    String();
                    Blank();
                    if (_i >= text.Length || text[_i] != ':')
                    {
                        throw new JsonProblem(_i, "Expected ':' after a property name.");
                    }

                    _i++;
                }

                Value(depth + 1);
                Blank();
                if (_i < text.Length && text[_i] == ',')
                {
                    _i++;
                }
                else if (_i >= text.Length || text[_i] != close)
                {
                    throw new JsonProblem(_i, $"Expected ',' or '{close}'.");
                }
            }
        }

        private void String()
        {
            var start = _i++;
            for (; _i < text.Length; _i++)
            {
                switch (text[_i])
                {
                    case '\\':
                        _i++;
                        break;
                    case '"':
                        _i++;
                        return;
                    case '\n' or '\r':
                        throw new JsonProblem(start, "The string does not end on its line.");
                }
            }

            throw new JsonProblem(start, "The string does not end.");
        }

        /// <summary>White space and comments.</summary>
        private void Blank()
        {
            while (_i < text.Length)
            {
                if (char.IsWhiteSpace(text[_i]))
                {
                    _i++;
                }
                else if (string.CompareOrdinal(text, _i, "//", 0, 2) == 0)
                {
                    var end = text.IndexOf('\n', _i);
                    _i = end < 0 ? text.Length : end + 1;
                }
                else if (string.CompareOrdinal(text, _i, "/*", 0, 2) == 0)
                {
                    var end = text.IndexOf("*/", _i + 2, System.StringComparison.Ordinal);
                    _i = end < 0 ? throw new JsonProblem(_i, "The comment does not end.") : end + 2;
                }
                else
                {
                    return;
                }
            }
        }
    }

    private sealed class JsonProblem(int at, string message) : System.Exception(message)
    {
        public int At { get; } = at;
    }
}
