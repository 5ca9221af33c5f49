namespace ImpHa
{
    static partial class HardwareProfiles
    {
        /// <summary>Every hardware profile, smallest first.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<HardwareProfile> All => s_allReadOnly;

        /// <summary>The profile's name as Cisco prints it, e.g. "15000 Users Full UC".</summary>
        /// <param name="profile">A defined hardware profile.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The profile is not a defined member.</exception>
        public static string GetName(HardwareProfile profile)
        {
            return s_names[IndexOf(profile)];
        }

        /// <summary>Number of virtual CPUs of the profile's virtual machine.</summary>
        /// <param name="profile">A defined hardware profile.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The profile is not a defined member.</exception>
        public static int GetVirtualCpus(HardwareProfile profile)
        {
            return Fact(profile, 0);
        }

        /// <summary>Memory of the profile's virtual machine, in GB.</summary>
        /// <param name="profile">A defined hardware profile.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The profile is not a defined member.</exception>
        public static int GetMemoryGigabytes(HardwareProfile profile)
        {
            return Fact(profile, 1);
        }

        /// <summary>CPU reservation in MHz where the profile's heading gives one, otherwise null.</summary>
        /// <param name="profile">A defined hardware profile.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The profile is not a defined member.</exception>
        public static int? GetCpuMegahertz(HardwareProfile profile)
        {
            return Optional(Fact(profile, 2));
        }

        /// <summary>The minimum CPU clock (MHz) Cisco recommends for maximum client login throughput with this profile and deployment type, or null where the document gives none.</summary>
        /// <param name="profile">A defined hardware profile.</param>
        /// <param name="deployment">The deployment type.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The profile is not a defined member.</exception>
        public static int? GetMinimumRecommendedClockMegahertz(HardwareProfile profile, HaDeployment deployment)
        {
            return Optional(Fact(profile, deployment == HaDeployment.ActiveActive ? 3 : 4));
        }

        /// <summary>True when <paramref name="profile"/> is one of the table's profiles.</summary>
        /// <param name="profile">The value to check.</param>
        public static bool IsDefined(HardwareProfile profile)
        {
            return Find(profile) >= 0;
        }

        /// <summary>Reads a profile written as its capacity ("15000") or member name ("Users15000"), ignoring case and surrounding white space. Does not allocate.</summary>
        /// <param name="text">The text to read.</param>
        /// <param name="profile">The profile, when the method returns true.</param>
        public static bool TryParse(string? text, out HardwareProfile profile)
        {
            profile = default(HardwareProfile);
            if (text == null)
            {
                return false;
            }

            int start = 0;
            int end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end - start > MemberPrefix.Length && string.Compare(text, start, MemberPrefix, 0, MemberPrefix.Length, global::System.StringComparison.OrdinalIgnoreCase) == 0)
            {
                start += MemberPrefix.Length;
            }

            // The capacity as the enum's names and Cisco's headings write it: digits, no sign, no leading zero.
            if (end == start || end - start > 9 || text[start] == '0')
            {
                return false;
            }

            int capacity = 0;
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                capacity = (capacity * 10) + (c - '0');
            }

            if (Find((HardwareProfile)capacity) < 0)
            {
                return false;
            }

            profile = (HardwareProfile)capacity;
            return true;
        }

        /// <summary>A column of Facts (emitted with the table): virtual CPUs, memory, CPU reservation, minimum clock active/active, active/standby; 0 where the document gives none.</summary>
        private static int Fact(HardwareProfile profile, int column)
        {
            return Facts[(IndexOf(profile) * 5) + column];
        }

        private static int? Optional(int value)
        {
            return value == 0 ? null : (int?)value;
        }

        private static int IndexOf(HardwareProfile profile)
        {
            int index = Find(profile);
            if (index < 0)
            {
                throw UnknownProfile(profile);
            }

            return index;
        }

        private static int Find(HardwareProfile profile)
        {
            for (int i = 0; i < s_all.Length; i++)
            {
                if (s_all[i] == profile)
                {
                    return i;
                }
            }

            return -1;
        }

        private static global::System.ArgumentOutOfRangeException UnknownProfile(HardwareProfile profile)
        {
            return new global::System.ArgumentOutOfRangeException(nameof(profile), profile, "Not a hardware profile of the ImpHa tables.");
        }
    }
}
