namespace ImpHa
{
    /// <summary>
    /// A table's texts, packed in a part of the table's data: the distinct words joined by ' ' as UTF-8, then per
    /// text its word count and word indexes as 7-bit varints. A text is decoded on first use and cached. Threads that ask for the same text at
    /// once may each decode it; they get equal strings and one of them stays cached, so the race is harmless.
    /// </summary>
    sealed partial class ImpHaPackedText
    {
        private readonly byte[] _data;
        private readonly int _wordsStart;
        private readonly int _wordsLength;
        private readonly string?[] _texts;
        private string[]? _wordList;
        private int[]? _starts;

        /// <summary>The texts of one table.</summary>
        internal ImpHaPackedText(byte[] data, int wordsStart, int wordsLength, int count)
        {
            _data = data;
            _wordsStart = wordsStart;
            _wordsLength = wordsLength;
            _texts = new string?[count];
        }

        /// <summary>The text with the given id.</summary>
        internal string Get(int id)
        {
            string? text = _texts[id];
            if (text == null)
            {
                text = Decode(id);
                _texts[id] = text;
            }

            return text;
        }

        /// <summary>The <paramref name="length"/> bytes packed two to a character of <paramref name="packed"/>, low byte first.</summary>
        internal static byte[] Unpack(string packed, int length)
        {
            var bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(packed[i >> 1] >> ((i & 1) << 3));
            }

            return bytes;
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
            string[] words = _wordList ?? (_wordList = global::System.Text.Encoding.UTF8.GetString(_data, _wordsStart, _wordsLength).Split(' '));
            int[] starts = _starts ?? (_starts = Starts());
            int position = starts[id];
            var parts = new string[Read(_data, ref position)];
            for (int i = 0; i < parts.Length; i++)
            {
                parts[i] = words[Read(_data, ref position)];
            }

            return string.Join(" ", parts);
        }

        private int[] Starts()
        {
            var starts = new int[_texts.Length];
            int position = _wordsStart + _wordsLength;
            for (int i = 0; i < starts.Length; i++)
            {
                starts[i] = position;
                for (int words = Read(_data, ref position); words > 0; words--)
                {
                    Read(_data, ref position);
                }
            }

            return starts;
        }
    }
}
