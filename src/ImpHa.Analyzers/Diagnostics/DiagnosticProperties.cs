namespace ImpHa.Analyzers.Diagnostics;

/// <summary>Keys of the properties the analyzer attaches to its diagnostics for the code fixes.</summary>
internal static class DiagnosticProperties
{
    /// <summary>IMPHA001/002: the value the fix writes.</summary>
    public const string ExpectedValue = "ExpectedValue";

    /// <summary>IMPHA001/002: "string" when the value is written as a string, else "number".</summary>
    public const string Form = "Form";

    /// <summary>IMPHA001/002: the metadata name of the generated type whose constant holds the expected value, when one does (see <see cref="ConstantMember"/>).</summary>
    public const string ConstantType = "ConstantType";

    /// <summary>IMPHA001/002: the name of that constant.</summary>
    public const string ConstantMember = "ConstantMember";

    /// <summary>IMPHA004: the <c>HardwareProfile</c> member name of the smallest profile that fits.</summary>
    public const string SmallestProfile = "SmallestProfile";
}
