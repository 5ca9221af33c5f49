using ImpHa.Analyzers.Settings;
using ImpHa.Core.Domain;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>Which reading of the Critical Service Down Delay a hardcoded lower limit follows (the lower limit is the delay, procedure step 5).</summary>
internal enum DelayReading
{
    /// <summary>None: the value is not a right lower limit for the selection (IMPHA002).</summary>
    None,

    /// <summary>The delay the project configured: with one configured, the only right lower limit.</summary>
    Configured,

    /// <summary>The delay the tables assume (every printed lower limit), with none configured.</summary>
    Tables,

    /// <summary>Cisco's stated default delay, with none configured, where the tables assume another (IMPHA010).</summary>
    CiscoDefault,
}

/// <summary>Tells the readings of the delay apart by what they are, not by which object holds them.</summary>
internal static class DelayReadings
{
    public static DelayReading Of(ReLoginExpectation expectation, int lowerLimit)
        => !expectation.AllowsLower(lowerLimit) ? DelayReading.None
            : expectation.DelayConfigured ? DelayReading.Configured
            : lowerLimit == expectation.TableDelaySeconds ? DelayReading.Tables
            : DelayReading.CiscoDefault;
}
