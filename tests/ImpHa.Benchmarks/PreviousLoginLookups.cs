// The login lookups as ImpHa 3a1418b generated them (a switch over profiles, a bucket index per table), kept to
// measure the table-driven form against: tests/ImpHa.Benchmarks/MixedLookupBenchmarks.cs.
#nullable enable
#pragma warning disable CS0618, CS1591
namespace ImpHa
{
    /// <summary>Cisco's High Availability login profiles: the Client Re-Login Lower and Upper Limits of the Cisco Server Recovery Manager service, per hardware profile, deployment type and number of active users. Configure the same values on both nodes of the presence redundancy group, and look them up again after you rebalance users. The tables apply to single-cluster deployments only.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
    internal static class PreviousHaLoginProfiles
    {
        /// <summary>The Critical Service Down Delay (seconds) that Cisco's tables assume: every printed lower limit equals it. Cisco's stated default for the parameter is 90 s; use the overloads that take a delay when your cluster's differs.</summary>
        public const int TableCriticalServiceDownDelaySeconds = 120;

        /// <summary>Table 1: 500 Users Full UC, active/active. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users500ActiveActive
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 250;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 187;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 250 active users.</summary>
            public const int LowerLimitFor250Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 250 active users.</summary>
            public const int UpperLimitFor250Users = 287;
        }

        /// <summary>Table 2: 500 Users Full UC, active/standby. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users500ActiveStandby
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 500;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 187;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 250 active users.</summary>
            public const int LowerLimitFor250Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 250 active users.</summary>
            public const int UpperLimitFor250Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 453;
        }

        /// <summary>Table 3: 1000 Users Full UC, active/active. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users1000ActiveActive
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 500;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 153;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 250 active users.</summary>
            public const int LowerLimitFor250Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 250 active users.</summary>
            public const int UpperLimitFor250Users = 203;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 287;
        }

        /// <summary>Table 4: 1000 Users Full UC, active/standby. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users1000ActiveStandby
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 1000;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 153;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 250 active users.</summary>
            public const int LowerLimitFor250Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 250 active users.</summary>
            public const int UpperLimitFor250Users = 203;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 750 active users.</summary>
            public const int LowerLimitFor750Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 750 active users.</summary>
            public const int UpperLimitFor750Users = 370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 453;
        }

        /// <summary>Table 5: 2000 Users Full UC, active/active. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users2000ActiveActive
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 1000;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 153;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 453;
        }

        /// <summary>Table 6: 2000 Users Full UC, active/standby. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users2000ActiveStandby
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 2000;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 153;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 250 active users.</summary>
            public const int LowerLimitFor250Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 250 active users.</summary>
            public const int UpperLimitFor250Users = 203;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 750 active users.</summary>
            public const int LowerLimitFor750Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 750 active users.</summary>
            public const int UpperLimitFor750Users = 370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1250 active users.</summary>
            public const int LowerLimitFor1250Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1250 active users.</summary>
            public const int UpperLimitFor1250Users = 537;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1750 active users.</summary>
            public const int LowerLimitFor1750Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1750 active users.</summary>
            public const int UpperLimitFor1750Users = 703;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 787;
        }

        /// <summary>Table 7: 5000 Users Full UC, active/active. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users5000ActiveActive
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 2500;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 137;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 203;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2500 active users.</summary>
            public const int LowerLimitFor2500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2500 active users.</summary>
            public const int UpperLimitFor2500Users = 537;
        }

        /// <summary>Table 8: 5000 Users Full UC, active/standby. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users5000ActiveStandby
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 5000;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 154;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 787;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2500 active users.</summary>
            public const int LowerLimitFor2500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2500 active users.</summary>
            public const int UpperLimitFor2500Users = 953;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3000 active users.</summary>
            public const int LowerLimitFor3000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3000 active users.</summary>
            public const int UpperLimitFor3000Users = 1120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3500 active users.</summary>
            public const int LowerLimitFor3500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3500 active users.</summary>
            public const int UpperLimitFor3500Users = 1287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4000 active users.</summary>
            public const int LowerLimitFor4000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4000 active users.</summary>
            public const int UpperLimitFor4000Users = 1453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4500 active users.</summary>
            public const int LowerLimitFor4500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4500 active users.</summary>
            public const int UpperLimitFor4500Users = 1620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 5000 active users.</summary>
            public const int LowerLimitFor5000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 5000 active users.</summary>
            public const int UpperLimitFor5000Users = 1787;
        }

        /// <summary>Table 9: 15000 Users Full UC, active/active. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users15000ActiveActive
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 7500;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 127;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 153;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 187;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 220;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 253;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2500 active users.</summary>
            public const int LowerLimitFor2500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2500 active users.</summary>
            public const int UpperLimitFor2500Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3000 active users.</summary>
            public const int LowerLimitFor3000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3000 active users.</summary>
            public const int UpperLimitFor3000Users = 320;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3500 active users.</summary>
            public const int LowerLimitFor3500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3500 active users.</summary>
            public const int UpperLimitFor3500Users = 353;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4000 active users.</summary>
            public const int LowerLimitFor4000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4000 active users.</summary>
            public const int UpperLimitFor4000Users = 387;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4500 active users.</summary>
            public const int LowerLimitFor4500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4500 active users.</summary>
            public const int UpperLimitFor4500Users = 420;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 5000 active users.</summary>
            public const int LowerLimitFor5000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 5000 active users.</summary>
            public const int UpperLimitFor5000Users = 453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 6000 active users.</summary>
            public const int LowerLimitFor6000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 6000 active users.</summary>
            public const int UpperLimitFor6000Users = 520;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 7000 active users.</summary>
            public const int LowerLimitFor7000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 7000 active users.</summary>
            public const int UpperLimitFor7000Users = 587;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 7500 active users.</summary>
            public const int LowerLimitFor7500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 7500 active users.</summary>
            public const int UpperLimitFor7500Users = 620;
        }

        /// <summary>Table 10: 15000 Users Full UC, active/standby. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users15000ActiveStandby
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 15000;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 137;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 203;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2500 active users.</summary>
            public const int LowerLimitFor2500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2500 active users.</summary>
            public const int UpperLimitFor2500Users = 537;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3000 active users.</summary>
            public const int LowerLimitFor3000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3000 active users.</summary>
            public const int UpperLimitFor3000Users = 620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3500 active users.</summary>
            public const int LowerLimitFor3500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3500 active users.</summary>
            public const int UpperLimitFor3500Users = 703;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4000 active users.</summary>
            public const int LowerLimitFor4000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4000 active users.</summary>
            public const int UpperLimitFor4000Users = 787;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4500 active users.</summary>
            public const int LowerLimitFor4500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4500 active users.</summary>
            public const int UpperLimitFor4500Users = 870;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 5000 active users.</summary>
            public const int LowerLimitFor5000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 5000 active users.</summary>
            public const int UpperLimitFor5000Users = 953;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 6000 active users.</summary>
            public const int LowerLimitFor6000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 6000 active users.</summary>
            public const int UpperLimitFor6000Users = 1120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 7000 active users.</summary>
            public const int LowerLimitFor7000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 7000 active users.</summary>
            public const int UpperLimitFor7000Users = 1287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 8000 active users.</summary>
            public const int LowerLimitFor8000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 8000 active users.</summary>
            public const int UpperLimitFor8000Users = 1453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 9000 active users.</summary>
            public const int LowerLimitFor9000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 9000 active users.</summary>
            public const int UpperLimitFor9000Users = 1620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 10000 active users.</summary>
            public const int LowerLimitFor10000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 10000 active users.</summary>
            public const int UpperLimitFor10000Users = 1787;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 11000 active users.</summary>
            public const int LowerLimitFor11000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 11000 active users.</summary>
            public const int UpperLimitFor11000Users = 1953;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 12000 active users.</summary>
            public const int LowerLimitFor12000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 12000 active users.</summary>
            public const int UpperLimitFor12000Users = 2120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 13000 active users.</summary>
            public const int LowerLimitFor13000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 13000 active users.</summary>
            public const int UpperLimitFor13000Users = 2287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 14000 active users.</summary>
            public const int LowerLimitFor14000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 14000 active users.</summary>
            public const int UpperLimitFor14000Users = 2453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 15000 active users.</summary>
            public const int LowerLimitFor15000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 15000 active users.</summary>
            public const int UpperLimitFor15000Users = 2620;
        }

        /// <summary>Table 11: 25000 Users Full UC, active/active. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users25000ActiveActive
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 12500;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 131;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 176;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 231;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 287;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 342;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2500 active users.</summary>
            public const int LowerLimitFor2500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2500 active users.</summary>
            public const int UpperLimitFor2500Users = 398;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3000 active users.</summary>
            public const int LowerLimitFor3000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3000 active users.</summary>
            public const int UpperLimitFor3000Users = 453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3500 active users.</summary>
            public const int LowerLimitFor3500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3500 active users.</summary>
            public const int UpperLimitFor3500Users = 509;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4000 active users.</summary>
            public const int LowerLimitFor4000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4000 active users.</summary>
            public const int UpperLimitFor4000Users = 564;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4500 active users.</summary>
            public const int LowerLimitFor4500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4500 active users.</summary>
            public const int UpperLimitFor4500Users = 620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 5000 active users.</summary>
            public const int LowerLimitFor5000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 5000 active users.</summary>
            public const int UpperLimitFor5000Users = 676;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 6000 active users.</summary>
            public const int LowerLimitFor6000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 6000 active users.</summary>
            public const int UpperLimitFor6000Users = 787;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 7000 active users.</summary>
            public const int LowerLimitFor7000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 7000 active users.</summary>
            public const int UpperLimitFor7000Users = 898;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 7500 active users.</summary>
            public const int LowerLimitFor7500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 7500 active users.</summary>
            public const int UpperLimitFor7500Users = 953;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 8000 active users.</summary>
            public const int LowerLimitFor8000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 8000 active users.</summary>
            public const int UpperLimitFor8000Users = 1009;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 9000 active users.</summary>
            public const int LowerLimitFor9000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 9000 active users.</summary>
            public const int UpperLimitFor9000Users = 1120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 10000 active users.</summary>
            public const int LowerLimitFor10000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 10000 active users.</summary>
            public const int UpperLimitFor10000Users = 1231;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 11000 active users.</summary>
            public const int LowerLimitFor11000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 11000 active users.</summary>
            public const int UpperLimitFor11000Users = 1342;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 12000 active users.</summary>
            public const int LowerLimitFor12000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 12000 active users.</summary>
            public const int UpperLimitFor12000Users = 1453;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 12500 active users.</summary>
            public const int LowerLimitFor12500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 12500 active users.</summary>
            public const int UpperLimitFor12500Users = 1509;
        }

        /// <summary>Table 12: 25000 Users Full UC, active/standby. Constants for every cell, e.g. for attributes and switch labels.</summary>
        [global::System.CodeDom.Compiler.GeneratedCode("ImpHa", "0.1.0")]
        internal static class Users25000ActiveStandby
        {
            /// <summary>The largest number of active users this table covers (its last row).</summary>
            public const int MaxActiveUsers = 25000;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 100 active users.</summary>
            public const int LowerLimitFor100Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 100 active users.</summary>
            public const int UpperLimitFor100Users = 133;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 500 active users.</summary>
            public const int LowerLimitFor500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 500 active users.</summary>
            public const int UpperLimitFor500Users = 183;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1000 active users.</summary>
            public const int LowerLimitFor1000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1000 active users.</summary>
            public const int UpperLimitFor1000Users = 245;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 1500 active users.</summary>
            public const int LowerLimitFor1500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 1500 active users.</summary>
            public const int UpperLimitFor1500Users = 308;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2000 active users.</summary>
            public const int LowerLimitFor2000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2000 active users.</summary>
            public const int UpperLimitFor2000Users = 370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 2500 active users.</summary>
            public const int LowerLimitFor2500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 2500 active users.</summary>
            public const int UpperLimitFor2500Users = 433;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3000 active users.</summary>
            public const int LowerLimitFor3000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3000 active users.</summary>
            public const int UpperLimitFor3000Users = 495;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 3500 active users.</summary>
            public const int LowerLimitFor3500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 3500 active users.</summary>
            public const int UpperLimitFor3500Users = 558;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4000 active users.</summary>
            public const int LowerLimitFor4000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4000 active users.</summary>
            public const int UpperLimitFor4000Users = 620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 4500 active users.</summary>
            public const int LowerLimitFor4500Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 4500 active users.</summary>
            public const int UpperLimitFor4500Users = 683;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 5000 active users.</summary>
            public const int LowerLimitFor5000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 5000 active users.</summary>
            public const int UpperLimitFor5000Users = 745;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 6000 active users.</summary>
            public const int LowerLimitFor6000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 6000 active users.</summary>
            public const int UpperLimitFor6000Users = 870;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 7000 active users.</summary>
            public const int LowerLimitFor7000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 7000 active users.</summary>
            public const int UpperLimitFor7000Users = 995;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 8000 active users.</summary>
            public const int LowerLimitFor8000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 8000 active users.</summary>
            public const int UpperLimitFor8000Users = 1058;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 9000 active users.</summary>
            public const int LowerLimitFor9000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 9000 active users.</summary>
            public const int UpperLimitFor9000Users = 1120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 10000 active users.</summary>
            public const int LowerLimitFor10000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 10000 active users.</summary>
            public const int UpperLimitFor10000Users = 1245;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 11000 active users.</summary>
            public const int LowerLimitFor11000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 11000 active users.</summary>
            public const int UpperLimitFor11000Users = 1370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 12000 active users.</summary>
            public const int LowerLimitFor12000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 12000 active users.</summary>
            public const int UpperLimitFor12000Users = 1495;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 13000 active users.</summary>
            public const int LowerLimitFor13000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 13000 active users.</summary>
            public const int UpperLimitFor13000Users = 1620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 14000 active users.</summary>
            public const int LowerLimitFor14000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 14000 active users.</summary>
            public const int UpperLimitFor14000Users = 1870;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 15000 active users.</summary>
            public const int LowerLimitFor15000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 15000 active users.</summary>
            public const int UpperLimitFor15000Users = 1995;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 16000 active users.</summary>
            public const int LowerLimitFor16000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 16000 active users.</summary>
            public const int UpperLimitFor16000Users = 2120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 17000 active users.</summary>
            public const int LowerLimitFor17000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 17000 active users.</summary>
            public const int UpperLimitFor17000Users = 2245;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 18000 active users.</summary>
            public const int LowerLimitFor18000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 18000 active users.</summary>
            public const int UpperLimitFor18000Users = 2370;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 19000 active users.</summary>
            public const int LowerLimitFor19000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 19000 active users.</summary>
            public const int UpperLimitFor19000Users = 2495;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 20000 active users.</summary>
            public const int LowerLimitFor20000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 20000 active users.</summary>
            public const int UpperLimitFor20000Users = 2620;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 21000 active users.</summary>
            public const int LowerLimitFor21000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 21000 active users.</summary>
            public const int UpperLimitFor21000Users = 2745;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 22000 active users.</summary>
            public const int LowerLimitFor22000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 22000 active users.</summary>
            public const int UpperLimitFor22000Users = 2870;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 23000 active users.</summary>
            public const int LowerLimitFor23000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 23000 active users.</summary>
            public const int UpperLimitFor23000Users = 2995;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 24000 active users.</summary>
            public const int LowerLimitFor24000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 24000 active users.</summary>
            public const int UpperLimitFor24000Users = 3120;

            /// <summary>Client Re-Login Lower Limit (seconds) for up to 25000 active users.</summary>
            public const int LowerLimitFor25000Users = 120;

            /// <summary>Client Re-Login Upper Limit (seconds) for up to 25000 active users.</summary>
            public const int UpperLimitFor25000Users = 3245;
        }

        /// <summary>Looks up the limits for <paramref name="activeUsers"/>, rounded up to the next row of the profile's table. Does not allocate.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby (see <see cref="ForRedundancyGroup"/>).</param>
        /// <param name="limits">The limits, when the method returns true.</param>
        /// <returns>False for fewer than 1 user, more users than the table's last row, or a profile and deployment with no table.</returns>
        public static bool TryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, out ReLoginLimits limits)
        {
            bool activeActive = deployment == HaDeployment.ActiveActive;
            if (activeActive || deployment == HaDeployment.ActiveStandby)
            {
                switch (profile)
                {
                    case HardwareProfile.Users500:
                        return activeActive ? TryUsers500ActiveActive(activeUsers, out limits) : TryUsers500ActiveStandby(activeUsers, out limits);
                    case HardwareProfile.Users1000:
                        return activeActive ? TryUsers1000ActiveActive(activeUsers, out limits) : TryUsers1000ActiveStandby(activeUsers, out limits);
                    case HardwareProfile.Users2000:
                        return activeActive ? TryUsers2000ActiveActive(activeUsers, out limits) : TryUsers2000ActiveStandby(activeUsers, out limits);
                    case HardwareProfile.Users5000:
                        return activeActive ? TryUsers5000ActiveActive(activeUsers, out limits) : TryUsers5000ActiveStandby(activeUsers, out limits);
                    case HardwareProfile.Users15000:
                        return activeActive ? TryUsers15000ActiveActive(activeUsers, out limits) : TryUsers15000ActiveStandby(activeUsers, out limits);
                    case HardwareProfile.Users25000:
                        return activeActive ? TryUsers25000ActiveActive(activeUsers, out limits) : TryUsers25000ActiveStandby(activeUsers, out limits);
                }
            }

            limits = default(ReLoginLimits);
            return false;
        }

        /// <summary>Looks up the limits for <paramref name="activeUsers"/>, rounded up to the next row of the profile's table.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">Fewer than 1 user, or more than the profile covers; the message names the profile's maximum and the smallest profile that fits.</exception>
        public static ReLoginLimits GetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers)
        {
            ReLoginLimits limits;
            if (TryGetLimits(profile, deployment, activeUsers, out limits))
            {
                return limits;
            }

            throw OutOfRange(profile, deployment, activeUsers);
        }

        /// <summary>Like <see cref="TryGetLimits(HardwareProfile, HaDeployment, int, out ReLoginLimits)"/>, for a cluster whose Critical Service Down Delay is not the tables' <see cref="TableCriticalServiceDownDelaySeconds"/>: the lower limit becomes the delay and the upper limit keeps the table's spread above it. This shift is ImpHa's reading of Cisco's rule that the lower limit follows the delay; Cisco prints no such values.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
        /// <param name="limits">The limits, when the method returns true.</param>
        /// <returns>False where the table has no row for the users, or the delay is below 1.</returns>
        public static bool TryGetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds, out ReLoginLimits limits)
        {
            if (criticalServiceDownDelaySeconds < 1 || !TryGetLimits(profile, deployment, activeUsers, out limits))
            {
                limits = default(ReLoginLimits);
                return false;
            }

            long upper = (long)criticalServiceDownDelaySeconds + limits.UpperLimit - limits.LowerLimit;
            limits = new ReLoginLimits(criticalServiceDownDelaySeconds, upper > int.MaxValue ? int.MaxValue : (int)upper, limits.TableActiveUsers);
            return true;
        }

        /// <summary>Like <see cref="GetLimits(HardwareProfile, HaDeployment, int)"/>, for a cluster whose Critical Service Down Delay differs from the tables'; see <see cref="TryGetLimits(HardwareProfile, HaDeployment, int, int, out ReLoginLimits)"/>.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="criticalServiceDownDelaySeconds">The cluster's Critical Service Down Delay, at least 1.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">The delay is below 1, or the users are out of the table's range.</exception>
        public static ReLoginLimits GetLimits(HardwareProfile profile, HaDeployment deployment, int activeUsers, int criticalServiceDownDelaySeconds)
        {
            if (criticalServiceDownDelaySeconds < 1)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(criticalServiceDownDelaySeconds), criticalServiceDownDelaySeconds, "The Critical Service Down Delay must be at least 1 second.");
            }

            ReLoginLimits limits;
            if (TryGetLimits(profile, deployment, activeUsers, criticalServiceDownDelaySeconds, out limits))
            {
                return limits;
            }

            throw OutOfRange(profile, deployment, activeUsers);
        }

        /// <summary>The number of active users Cisco's tables are read with: for active/active the node with the most users, for active/standby the group's total.</summary>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="firstNodeUsers">Users on the first node, 0 or more.</param>
        /// <param name="secondNodeUsers">Users on the second node, 0 or more.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">A user count is negative.</exception>
        public static int EffectiveActiveUsers(HaDeployment deployment, int firstNodeUsers, int secondNodeUsers)
        {
            if (firstNodeUsers < 0)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(firstNodeUsers), firstNodeUsers, "A node cannot have a negative number of users.");
            }

            if (secondNodeUsers < 0)
            {
                throw new global::System.ArgumentOutOfRangeException(nameof(secondNodeUsers), secondNodeUsers, "A node cannot have a negative number of users.");
            }

            if (deployment == HaDeployment.ActiveActive)
            {
                return firstNodeUsers > secondNodeUsers ? firstNodeUsers : secondNodeUsers;
            }

            long total = (long)firstNodeUsers + secondNodeUsers;
            return total > int.MaxValue ? int.MaxValue : (int)total;
        }

        /// <summary>The limits to set on both nodes of a presence redundancy group, applying <see cref="EffectiveActiveUsers"/>.</summary>
        /// <param name="profile">The hardware profile of the nodes.</param>
        /// <param name="deployment">The deployment type of the presence redundancy group.</param>
        /// <param name="firstNodeUsers">Users on the first node, 0 or more.</param>
        /// <param name="secondNodeUsers">Users on the second node, 0 or more.</param>
        /// <exception cref="global::System.ArgumentOutOfRangeException">A count is negative, both are 0, or the users exceed the profile.</exception>
        public static ReLoginLimits ForRedundancyGroup(HardwareProfile profile, HaDeployment deployment, int firstNodeUsers, int secondNodeUsers)
        {
            return GetLimits(profile, deployment, EffectiveActiveUsers(deployment, firstNodeUsers, secondNodeUsers));
        }

        /// <summary>The largest number of active users the profile's table covers for the deployment type, or 0 where there is no table. Active/active tables stop at half the capacity: each node carries half.</summary>
        /// <param name="profile">The hardware profile.</param>
        /// <param name="deployment">The deployment type.</param>
        public static int MaxActiveUsers(HardwareProfile profile, HaDeployment deployment)
        {
            bool activeActive = deployment == HaDeployment.ActiveActive;
            switch (profile)
            {
                case HardwareProfile.Users500: return activeActive ? Users500ActiveActive.MaxActiveUsers : Users500ActiveStandby.MaxActiveUsers;
                case HardwareProfile.Users1000: return activeActive ? Users1000ActiveActive.MaxActiveUsers : Users1000ActiveStandby.MaxActiveUsers;
                case HardwareProfile.Users2000: return activeActive ? Users2000ActiveActive.MaxActiveUsers : Users2000ActiveStandby.MaxActiveUsers;
                case HardwareProfile.Users5000: return activeActive ? Users5000ActiveActive.MaxActiveUsers : Users5000ActiveStandby.MaxActiveUsers;
                case HardwareProfile.Users15000: return activeActive ? Users15000ActiveActive.MaxActiveUsers : Users15000ActiveStandby.MaxActiveUsers;
                case HardwareProfile.Users25000: return activeActive ? Users25000ActiveActive.MaxActiveUsers : Users25000ActiveStandby.MaxActiveUsers;
                default: return 0;
            }
        }

        /// <summary>Finds the smallest hardware profile whose table covers <paramref name="activeUsers"/> for the deployment type.</summary>
        /// <param name="deployment">The deployment type.</param>
        /// <param name="activeUsers">Active users: the busiest node's for active/active, the group's total for active/standby.</param>
        /// <param name="profile">The profile, when the method returns true.</param>
        /// <returns>False for fewer than 1 user or more than the largest profile covers.</returns>
        public static bool TryFindSmallestProfile(HaDeployment deployment, int activeUsers, out HardwareProfile profile)
        {
            if (activeUsers >= 1)
            {
                if (MaxActiveUsers(HardwareProfile.Users500, deployment) >= activeUsers)
                {
                    profile = HardwareProfile.Users500;
                    return true;
                }

                if (MaxActiveUsers(HardwareProfile.Users1000, deployment) >= activeUsers)
                {
                    profile = HardwareProfile.Users1000;
                    return true;
                }

                if (MaxActiveUsers(HardwareProfile.Users2000, deployment) >= activeUsers)
                {
                    profile = HardwareProfile.Users2000;
                    return true;
                }

                if (MaxActiveUsers(HardwareProfile.Users5000, deployment) >= activeUsers)
                {
                    profile = HardwareProfile.Users5000;
                    return true;
                }

                if (MaxActiveUsers(HardwareProfile.Users15000, deployment) >= activeUsers)
                {
                    profile = HardwareProfile.Users15000;
                    return true;
                }

                if (MaxActiveUsers(HardwareProfile.Users25000, deployment) >= activeUsers)
                {
                    profile = HardwareProfile.Users25000;
                    return true;
                }
            }

            profile = default(HardwareProfile);
            return false;
        }

        private static global::System.ArgumentOutOfRangeException OutOfRange(HardwareProfile profile, HaDeployment deployment, int activeUsers)
        {
            var culture = global::System.Globalization.CultureInfo.InvariantCulture;
            if (activeUsers < 1)
            {
                return new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, "Active users must be at least 1.");
            }

            string deploymentName = deployment == HaDeployment.ActiveActive ? "active/active" : "active/standby";
            if (!HardwareProfiles.IsDefined(profile) || MaxActiveUsers(profile, deployment) == 0)
            {
                return new global::System.ArgumentOutOfRangeException(nameof(profile), profile, "There is no " + deploymentName + " login profile table for this hardware profile.");
            }

            HardwareProfile fits;
            string advice = TryFindSmallestProfile(deployment, activeUsers, out fits)
                ? string.Format(culture, " The smallest profile that fits is {0} (HardwareProfile.{1}, up to {2} active users).", HardwareProfiles.GetName(fits), fits.ToString(), MaxActiveUsers(fits, deployment))
                : " No hardware profile covers that many users in one presence redundancy group; spread them over more groups.";
            string text = string.Format(culture, "{0} active users exceed {1} {2}, which covers at most {3} active users.", activeUsers, HardwareProfiles.GetName(profile), deploymentName, MaxActiveUsers(profile, deployment));
            return new global::System.ArgumentOutOfRangeException(nameof(activeUsers), activeUsers, text + advice);
        }

        private static readonly ReLoginLimits[] s_users500ActiveActiveLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users500ActiveActive.LowerLimitFor100Users, Users500ActiveActive.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users500ActiveActive.LowerLimitFor250Users, Users500ActiveActive.UpperLimitFor250Users, 250),
        };

        /// <summary>The row of <see cref="s_users500ActiveActiveLimits"/> for each 50 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users500ActiveActiveRows = new byte[]
        {
            0, 0, 1, 1, 1,
        };

        private static bool TryUsers500ActiveActive(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 50u;
            if (bucket < (uint)s_users500ActiveActiveRows.Length)
            {
                limits = s_users500ActiveActiveLimits[s_users500ActiveActiveRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users500ActiveStandbyLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users500ActiveStandby.LowerLimitFor100Users, Users500ActiveStandby.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users500ActiveStandby.LowerLimitFor250Users, Users500ActiveStandby.UpperLimitFor250Users, 250),
            new ReLoginLimits(Users500ActiveStandby.LowerLimitFor500Users, Users500ActiveStandby.UpperLimitFor500Users, 500),
        };

        /// <summary>The row of <see cref="s_users500ActiveStandbyLimits"/> for each 50 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users500ActiveStandbyRows = new byte[]
        {
            0, 0, 1, 1, 1, 2, 2, 2, 2, 2,
        };

        private static bool TryUsers500ActiveStandby(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 50u;
            if (bucket < (uint)s_users500ActiveStandbyRows.Length)
            {
                limits = s_users500ActiveStandbyLimits[s_users500ActiveStandbyRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users1000ActiveActiveLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users1000ActiveActive.LowerLimitFor100Users, Users1000ActiveActive.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users1000ActiveActive.LowerLimitFor250Users, Users1000ActiveActive.UpperLimitFor250Users, 250),
            new ReLoginLimits(Users1000ActiveActive.LowerLimitFor500Users, Users1000ActiveActive.UpperLimitFor500Users, 500),
        };

        /// <summary>The row of <see cref="s_users1000ActiveActiveLimits"/> for each 50 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users1000ActiveActiveRows = new byte[]
        {
            0, 0, 1, 1, 1, 2, 2, 2, 2, 2,
        };

        private static bool TryUsers1000ActiveActive(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 50u;
            if (bucket < (uint)s_users1000ActiveActiveRows.Length)
            {
                limits = s_users1000ActiveActiveLimits[s_users1000ActiveActiveRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users1000ActiveStandbyLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users1000ActiveStandby.LowerLimitFor100Users, Users1000ActiveStandby.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users1000ActiveStandby.LowerLimitFor250Users, Users1000ActiveStandby.UpperLimitFor250Users, 250),
            new ReLoginLimits(Users1000ActiveStandby.LowerLimitFor500Users, Users1000ActiveStandby.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users1000ActiveStandby.LowerLimitFor750Users, Users1000ActiveStandby.UpperLimitFor750Users, 750),
            new ReLoginLimits(Users1000ActiveStandby.LowerLimitFor1000Users, Users1000ActiveStandby.UpperLimitFor1000Users, 1000),
        };

        /// <summary>The row of <see cref="s_users1000ActiveStandbyLimits"/> for each 50 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users1000ActiveStandbyRows = new byte[]
        {
            0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4,
        };

        private static bool TryUsers1000ActiveStandby(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 50u;
            if (bucket < (uint)s_users1000ActiveStandbyRows.Length)
            {
                limits = s_users1000ActiveStandbyLimits[s_users1000ActiveStandbyRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users2000ActiveActiveLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users2000ActiveActive.LowerLimitFor100Users, Users2000ActiveActive.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users2000ActiveActive.LowerLimitFor500Users, Users2000ActiveActive.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users2000ActiveActive.LowerLimitFor1000Users, Users2000ActiveActive.UpperLimitFor1000Users, 1000),
        };

        /// <summary>The row of <see cref="s_users2000ActiveActiveLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users2000ActiveActiveRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2,
        };

        private static bool TryUsers2000ActiveActive(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users2000ActiveActiveRows.Length)
            {
                limits = s_users2000ActiveActiveLimits[s_users2000ActiveActiveRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users2000ActiveStandbyLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor100Users, Users2000ActiveStandby.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor250Users, Users2000ActiveStandby.UpperLimitFor250Users, 250),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor500Users, Users2000ActiveStandby.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor750Users, Users2000ActiveStandby.UpperLimitFor750Users, 750),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor1000Users, Users2000ActiveStandby.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor1250Users, Users2000ActiveStandby.UpperLimitFor1250Users, 1250),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor1500Users, Users2000ActiveStandby.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor1750Users, Users2000ActiveStandby.UpperLimitFor1750Users, 1750),
            new ReLoginLimits(Users2000ActiveStandby.LowerLimitFor2000Users, Users2000ActiveStandby.UpperLimitFor2000Users, 2000),
        };

        /// <summary>The row of <see cref="s_users2000ActiveStandbyLimits"/> for each 50 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users2000ActiveStandbyRows = new byte[]
        {
            0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7,
            7, 7, 7, 8, 8, 8, 8, 8,
        };

        private static bool TryUsers2000ActiveStandby(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 50u;
            if (bucket < (uint)s_users2000ActiveStandbyRows.Length)
            {
                limits = s_users2000ActiveStandbyLimits[s_users2000ActiveStandbyRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users5000ActiveActiveLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users5000ActiveActive.LowerLimitFor100Users, Users5000ActiveActive.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users5000ActiveActive.LowerLimitFor500Users, Users5000ActiveActive.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users5000ActiveActive.LowerLimitFor1000Users, Users5000ActiveActive.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users5000ActiveActive.LowerLimitFor1500Users, Users5000ActiveActive.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users5000ActiveActive.LowerLimitFor2000Users, Users5000ActiveActive.UpperLimitFor2000Users, 2000),
            new ReLoginLimits(Users5000ActiveActive.LowerLimitFor2500Users, Users5000ActiveActive.UpperLimitFor2500Users, 2500),
        };

        /// <summary>The row of <see cref="s_users5000ActiveActiveLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users5000ActiveActiveRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5,
        };

        private static bool TryUsers5000ActiveActive(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users5000ActiveActiveRows.Length)
            {
                limits = s_users5000ActiveActiveLimits[s_users5000ActiveActiveRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users5000ActiveStandbyLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor100Users, Users5000ActiveStandby.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor500Users, Users5000ActiveStandby.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor1000Users, Users5000ActiveStandby.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor1500Users, Users5000ActiveStandby.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor2000Users, Users5000ActiveStandby.UpperLimitFor2000Users, 2000),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor2500Users, Users5000ActiveStandby.UpperLimitFor2500Users, 2500),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor3000Users, Users5000ActiveStandby.UpperLimitFor3000Users, 3000),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor3500Users, Users5000ActiveStandby.UpperLimitFor3500Users, 3500),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor4000Users, Users5000ActiveStandby.UpperLimitFor4000Users, 4000),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor4500Users, Users5000ActiveStandby.UpperLimitFor4500Users, 4500),
            new ReLoginLimits(Users5000ActiveStandby.LowerLimitFor5000Users, Users5000ActiveStandby.UpperLimitFor5000Users, 5000),
        };

        /// <summary>The row of <see cref="s_users5000ActiveStandbyLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users5000ActiveStandbyRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7,
            7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10,
        };

        private static bool TryUsers5000ActiveStandby(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users5000ActiveStandbyRows.Length)
            {
                limits = s_users5000ActiveStandbyLimits[s_users5000ActiveStandbyRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users15000ActiveActiveLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor100Users, Users15000ActiveActive.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor500Users, Users15000ActiveActive.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor1000Users, Users15000ActiveActive.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor1500Users, Users15000ActiveActive.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor2000Users, Users15000ActiveActive.UpperLimitFor2000Users, 2000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor2500Users, Users15000ActiveActive.UpperLimitFor2500Users, 2500),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor3000Users, Users15000ActiveActive.UpperLimitFor3000Users, 3000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor3500Users, Users15000ActiveActive.UpperLimitFor3500Users, 3500),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor4000Users, Users15000ActiveActive.UpperLimitFor4000Users, 4000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor4500Users, Users15000ActiveActive.UpperLimitFor4500Users, 4500),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor5000Users, Users15000ActiveActive.UpperLimitFor5000Users, 5000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor6000Users, Users15000ActiveActive.UpperLimitFor6000Users, 6000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor7000Users, Users15000ActiveActive.UpperLimitFor7000Users, 7000),
            new ReLoginLimits(Users15000ActiveActive.LowerLimitFor7500Users, Users15000ActiveActive.UpperLimitFor7500Users, 7500),
        };

        /// <summary>The row of <see cref="s_users15000ActiveActiveLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users15000ActiveActiveRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7,
            7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13,
        };

        private static bool TryUsers15000ActiveActive(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users15000ActiveActiveRows.Length)
            {
                limits = s_users15000ActiveActiveLimits[s_users15000ActiveActiveRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users15000ActiveStandbyLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor100Users, Users15000ActiveStandby.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor500Users, Users15000ActiveStandby.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor1000Users, Users15000ActiveStandby.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor1500Users, Users15000ActiveStandby.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor2000Users, Users15000ActiveStandby.UpperLimitFor2000Users, 2000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor2500Users, Users15000ActiveStandby.UpperLimitFor2500Users, 2500),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor3000Users, Users15000ActiveStandby.UpperLimitFor3000Users, 3000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor3500Users, Users15000ActiveStandby.UpperLimitFor3500Users, 3500),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor4000Users, Users15000ActiveStandby.UpperLimitFor4000Users, 4000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor4500Users, Users15000ActiveStandby.UpperLimitFor4500Users, 4500),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor5000Users, Users15000ActiveStandby.UpperLimitFor5000Users, 5000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor6000Users, Users15000ActiveStandby.UpperLimitFor6000Users, 6000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor7000Users, Users15000ActiveStandby.UpperLimitFor7000Users, 7000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor8000Users, Users15000ActiveStandby.UpperLimitFor8000Users, 8000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor9000Users, Users15000ActiveStandby.UpperLimitFor9000Users, 9000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor10000Users, Users15000ActiveStandby.UpperLimitFor10000Users, 10000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor11000Users, Users15000ActiveStandby.UpperLimitFor11000Users, 11000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor12000Users, Users15000ActiveStandby.UpperLimitFor12000Users, 12000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor13000Users, Users15000ActiveStandby.UpperLimitFor13000Users, 13000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor14000Users, Users15000ActiveStandby.UpperLimitFor14000Users, 14000),
            new ReLoginLimits(Users15000ActiveStandby.LowerLimitFor15000Users, Users15000ActiveStandby.UpperLimitFor15000Users, 15000),
        };

        /// <summary>The row of <see cref="s_users15000ActiveStandbyLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users15000ActiveStandbyRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7,
            7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
        };

        private static bool TryUsers15000ActiveStandby(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users15000ActiveStandbyRows.Length)
            {
                limits = s_users15000ActiveStandbyLimits[s_users15000ActiveStandbyRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users25000ActiveActiveLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor100Users, Users25000ActiveActive.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor500Users, Users25000ActiveActive.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor1000Users, Users25000ActiveActive.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor1500Users, Users25000ActiveActive.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor2000Users, Users25000ActiveActive.UpperLimitFor2000Users, 2000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor2500Users, Users25000ActiveActive.UpperLimitFor2500Users, 2500),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor3000Users, Users25000ActiveActive.UpperLimitFor3000Users, 3000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor3500Users, Users25000ActiveActive.UpperLimitFor3500Users, 3500),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor4000Users, Users25000ActiveActive.UpperLimitFor4000Users, 4000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor4500Users, Users25000ActiveActive.UpperLimitFor4500Users, 4500),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor5000Users, Users25000ActiveActive.UpperLimitFor5000Users, 5000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor6000Users, Users25000ActiveActive.UpperLimitFor6000Users, 6000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor7000Users, Users25000ActiveActive.UpperLimitFor7000Users, 7000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor7500Users, Users25000ActiveActive.UpperLimitFor7500Users, 7500),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor8000Users, Users25000ActiveActive.UpperLimitFor8000Users, 8000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor9000Users, Users25000ActiveActive.UpperLimitFor9000Users, 9000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor10000Users, Users25000ActiveActive.UpperLimitFor10000Users, 10000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor11000Users, Users25000ActiveActive.UpperLimitFor11000Users, 11000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor12000Users, Users25000ActiveActive.UpperLimitFor12000Users, 12000),
            new ReLoginLimits(Users25000ActiveActive.LowerLimitFor12500Users, Users25000ActiveActive.UpperLimitFor12500Users, 12500),
        };

        /// <summary>The row of <see cref="s_users25000ActiveActiveLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users25000ActiveActiveRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7,
            7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13, 14, 14, 14, 14, 14, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 16, 16, 16, 16, 16, 16,
            16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19,
        };

        private static bool TryUsers25000ActiveActive(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users25000ActiveActiveRows.Length)
            {
                limits = s_users25000ActiveActiveLimits[s_users25000ActiveActiveRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }

        private static readonly ReLoginLimits[] s_users25000ActiveStandbyLimits = new ReLoginLimits[]
        {
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor100Users, Users25000ActiveStandby.UpperLimitFor100Users, 100),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor500Users, Users25000ActiveStandby.UpperLimitFor500Users, 500),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor1000Users, Users25000ActiveStandby.UpperLimitFor1000Users, 1000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor1500Users, Users25000ActiveStandby.UpperLimitFor1500Users, 1500),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor2000Users, Users25000ActiveStandby.UpperLimitFor2000Users, 2000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor2500Users, Users25000ActiveStandby.UpperLimitFor2500Users, 2500),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor3000Users, Users25000ActiveStandby.UpperLimitFor3000Users, 3000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor3500Users, Users25000ActiveStandby.UpperLimitFor3500Users, 3500),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor4000Users, Users25000ActiveStandby.UpperLimitFor4000Users, 4000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor4500Users, Users25000ActiveStandby.UpperLimitFor4500Users, 4500),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor5000Users, Users25000ActiveStandby.UpperLimitFor5000Users, 5000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor6000Users, Users25000ActiveStandby.UpperLimitFor6000Users, 6000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor7000Users, Users25000ActiveStandby.UpperLimitFor7000Users, 7000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor8000Users, Users25000ActiveStandby.UpperLimitFor8000Users, 8000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor9000Users, Users25000ActiveStandby.UpperLimitFor9000Users, 9000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor10000Users, Users25000ActiveStandby.UpperLimitFor10000Users, 10000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor11000Users, Users25000ActiveStandby.UpperLimitFor11000Users, 11000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor12000Users, Users25000ActiveStandby.UpperLimitFor12000Users, 12000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor13000Users, Users25000ActiveStandby.UpperLimitFor13000Users, 13000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor14000Users, Users25000ActiveStandby.UpperLimitFor14000Users, 14000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor15000Users, Users25000ActiveStandby.UpperLimitFor15000Users, 15000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor16000Users, Users25000ActiveStandby.UpperLimitFor16000Users, 16000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor17000Users, Users25000ActiveStandby.UpperLimitFor17000Users, 17000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor18000Users, Users25000ActiveStandby.UpperLimitFor18000Users, 18000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor19000Users, Users25000ActiveStandby.UpperLimitFor19000Users, 19000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor20000Users, Users25000ActiveStandby.UpperLimitFor20000Users, 20000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor21000Users, Users25000ActiveStandby.UpperLimitFor21000Users, 21000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor22000Users, Users25000ActiveStandby.UpperLimitFor22000Users, 22000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor23000Users, Users25000ActiveStandby.UpperLimitFor23000Users, 23000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor24000Users, Users25000ActiveStandby.UpperLimitFor24000Users, 24000),
            new ReLoginLimits(Users25000ActiveStandby.LowerLimitFor25000Users, Users25000ActiveStandby.UpperLimitFor25000Users, 25000),
        };

        /// <summary>The row of <see cref="s_users25000ActiveStandbyLimits"/> for each 100 users: the users rounded up to the next row.</summary>
        private static readonly byte[] s_users25000ActiveStandbyRows = new byte[]
        {
            0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 7, 7,
            7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12,
            12, 12, 12, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 15, 15, 15, 15, 15, 15,
            15, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 18, 18, 18, 18, 18, 18, 18, 18,
            18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 21, 21, 21, 21, 21, 21, 21, 21, 21, 21,
            22, 22, 22, 22, 22, 22, 22, 22, 22, 22, 23, 23, 23, 23, 23, 23, 23, 23, 23, 23, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 25, 25,
            25, 25, 25, 25, 25, 25, 25, 25, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28,
            28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
        };

        private static bool TryUsers25000ActiveStandby(int activeUsers, out ReLoginLimits limits)
        {
            // Fewer than 1 user wraps to a bucket beyond the table.
            uint bucket = unchecked((uint)(activeUsers - 1)) / 100u;
            if (bucket < (uint)s_users25000ActiveStandbyRows.Length)
            {
                limits = s_users25000ActiveStandbyLimits[s_users25000ActiveStandbyRows[bucket]];
                return true;
            }

            limits = default(ReLoginLimits);
            return false;
        }
    }
}
