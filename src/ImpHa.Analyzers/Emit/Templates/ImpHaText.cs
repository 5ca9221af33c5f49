namespace ImpHa
{
    /// <summary>Compares names the way Cisco prints them: ignoring case and surrounding white space, without allocating.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    static partial class ImpHaText
    {
        /// <summary>True when <paramref name="input"/>, trimmed, equals <paramref name="expected"/> ignoring case.</summary>
        internal static bool Matches(string? input, string expected)
        {
            if (input == null)
            {
                return false;
            }

            int start = 0;
            int end = input.Length;
            while (start < end && char.IsWhiteSpace(input[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(input[end - 1]))
            {
                end--;
            }

            return end - start == expected.Length
                && string.Compare(input, start, expected, 0, expected.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0;
        }
    }
}
