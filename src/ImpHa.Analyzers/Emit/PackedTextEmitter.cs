namespace ImpHa.Analyzers.Emit;

/// <summary>The internal decoder of the texts <see cref="TextPacker"/> packs, shared by the restart and XMPP tables.</summary>
internal static class PackedTextEmitter
{
    public const string HintName = "ImpHa.PackedText.g.cs";

    public static string Emit(EmitOptions options)
    {
        var w = new SourceWriter(options);
        var nullable = options.NullableReference;
        w.Block($$"""
            /// <summary>
            /// A table's texts, packed: the distinct words joined by ' ' as UTF-8, and per text its word count and word
            /// indexes as 7-bit varints. A text is decoded on first use and cached. Threads that ask for the same text at
            /// once may each decode it; they get equal strings and one of them stays cached, so the race is harmless.
            /// </summary>
            {{options.GeneratedCodeAttribute}}
            internal sealed class ImpHaPackedText
            {
                private readonly byte[] _words;
                private readonly byte[] _runs;
                private readonly string{{nullable}}[] _texts;
                private string[]{{nullable}} _wordList;
                private int[]{{nullable}} _starts;

                /// <summary>The texts of one table.</summary>
                internal ImpHaPackedText(byte[] words, byte[] runs, int count)
                {
                    _words = words;
                    _runs = runs;
                    _texts = new string{{nullable}}[count];
                }

                /// <summary>The text with the given id.</summary>
                internal string Get(int id)
                {
                    string{{nullable}} text = _texts[id];
                    if (text == null)
                    {
                        text = Decode(id);
                        _texts[id] = text;
                    }

                    return text;
                }

                /// <summary>Reads a varint: seven bits a byte, low bits first; the high bit says another byte follows.</summary>
                internal static int Read(byte[] bytes, ref int position)
                {
                    int value = 0;
                    int shift = 0;
                    byte b;
                    do
                    {
                        b = bytes[position++];
                        value |= (b & 0x7F) << shift;
                        shift += 7;
                    }
                    while (b >= 0x80);
                    return value;
                }

                private string Decode(int id)
                {
                    string[] words = _wordList ?? (_wordList = global::System.Text.Encoding.UTF8.GetString(_words, 0, _words.Length).Split(' '));
                    int[] starts = _starts ?? (_starts = Starts());
                    int position = starts[id];
                    var parts = new string[Read(_runs, ref position)];
                    for (int i = 0; i < parts.Length; i++)
                    {
                        parts[i] = words[Read(_runs, ref position)];
                    }

                    return string.Join(" ", parts);
                }

                private int[] Starts()
                {
                    var starts = new int[_texts.Length];
                    int position = 0;
                    for (int i = 0; i < starts.Length; i++)
                    {
                        starts[i] = position;
                        for (int words = Read(_runs, ref position); words > 0; words--)
                        {
                            Read(_runs, ref position);
                        }
                    }

                    return starts;
                }
            }
            """);
        return w.Finish();
    }
}
