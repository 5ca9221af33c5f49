namespace ImpHa
{
    /// <summary>One XMPP standard: its identifier, number and title as Cisco lists them.</summary>
    sealed partial class XmppStandardInfo
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

    static partial class XmppStandards
    {
        internal static string Text(int id) => s_texts.Get(id);

        private static XmppStandardInfo[] ReadStandards(int count)
        {
            var standards = new XmppStandardInfo[count];
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
        public static bool IsSupported(string? identifier)
        {
            return TryParse(identifier, out _);
        }

        /// <summary>Reads an identifier such as "XEP-0045" or "RFC 3920" (case, surrounding space, leading zeros and the separator are free). Does not allocate.</summary>
        /// <param name="identifier">The identifier to read.</param>
        /// <param name="standard">The standard, when the method returns true.</param>
        public static bool TryParse(string? identifier, out XmppStandard standard)
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
    }
}
