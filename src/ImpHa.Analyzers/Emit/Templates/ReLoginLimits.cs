namespace ImpHa
{
    readonly partial struct ReLoginLimits : global::System.IEquatable<ReLoginLimits>
    {
        /// <summary>Creates limits.</summary>
        /// <param name="lowerLimit">Client Re-Login Lower Limit, seconds.</param>
        /// <param name="upperLimit">Client Re-Login Upper Limit, seconds.</param>
        /// <param name="tableActiveUsers">The table row used, after rounding up.</param>
        public ReLoginLimits(int lowerLimit, int upperLimit, int tableActiveUsers)
        {
            LowerLimit = lowerLimit;
            UpperLimit = upperLimit;
            TableActiveUsers = tableActiveUsers;
        }

        /// <summary>Client Re-Login Lower Limit, seconds: equal to the Critical Service Down Delay.</summary>
        public int LowerLimit { get; }

        /// <summary>Client Re-Login Upper Limit, seconds: roughly the time all clients need to log in to their backup node after a failover.</summary>
        public int UpperLimit { get; }

        /// <summary>The number of active users of the table row used: the given users rounded up to the next row.</summary>
        public int TableActiveUsers { get; }

        /// <summary>True when all three values are equal.</summary>
        /// <param name="other">The limits to compare with.</param>
        public bool Equals(ReLoginLimits other)
        {
            return LowerLimit == other.LowerLimit && UpperLimit == other.UpperLimit && TableActiveUsers == other.TableActiveUsers;
        }

        /// <summary>True when <paramref name="obj"/> is equal limits.</summary>
        /// <param name="obj">The object to compare with.</param>
        public override bool Equals(object? obj)
        {
            return obj is ReLoginLimits && Equals((ReLoginLimits)obj);
        }

        /// <summary>A hash of the three values.</summary>
        public override int GetHashCode()
        {
            unchecked
            {
                return (((LowerLimit * 397) ^ UpperLimit) * 397) ^ TableActiveUsers;
            }
        }

        /// <summary>The lower and upper limits in seconds and the table row they come from, as one line of text.</summary>
        public override string ToString()
        {
            var culture = global::System.Globalization.CultureInfo.InvariantCulture;
            return "Lower " + LowerLimit.ToString(culture) + " s, upper " + UpperLimit.ToString(culture) + " s (row: " + TableActiveUsers.ToString(culture) + " active users)";
        }

        /// <summary>True when the limits are equal.</summary>
        /// <param name="left">The first limits.</param>
        /// <param name="right">The second limits.</param>
        public static bool operator ==(ReLoginLimits left, ReLoginLimits right) => left.Equals(right);

        /// <summary>True when the limits differ.</summary>
        /// <param name="left">The first limits.</param>
        /// <param name="right">The second limits.</param>
        public static bool operator !=(ReLoginLimits left, ReLoginLimits right) => !left.Equals(right);
    }
}
