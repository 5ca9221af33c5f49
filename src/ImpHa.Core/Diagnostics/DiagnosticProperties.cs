namespace ImpHa.Core.Diagnostics;

/// <summary>Keys of the properties the analyzer attaches to its diagnostics for the code fixes.</summary>
public static class DiagnosticProperties
{
    /// <summary>IMPHA001/002: the value the fix writes.</summary>
    public const string ExpectedValue = "ExpectedValue";

    /// <summary>IMPHA001/002: how the value is written, one of the <c>Form…</c> values; the fix writes the same form.</summary>
    public const string Form = "Form";

    /// <summary><see cref="Form"/>: a number or numeric constant.</summary>
    public const string FormNumber = "number";

    /// <summary><see cref="Form"/>: a string holding the number.</summary>
    public const string FormString = "string";

    /// <summary><see cref="Form"/>: digits inside a longer string (SQL); the diagnostic's span is just the digits.</summary>
    public const string FormDigitsInText = "digits";

    /// <summary><see cref="Form"/>: written so that no fix can rewrite it safely.</summary>
    public const string FormOther = "other";

    /// <summary>IMPHA001/002: the metadata name of the generated type whose constant holds the expected value, when one does (see <see cref="ConstantMember"/>).</summary>
    public const string ConstantType = "ConstantType";

    /// <summary>IMPHA001/002: the name of that constant.</summary>
    public const string ConstantMember = "ConstantMember";

    /// <summary>IMPHA002 while no delay is configured: the other right lower limit (Cisco's stated default delay), offered as a second fix.</summary>
    public const string AlternativeValue = "AlternativeValue";

    /// <summary>IMPHA002: the constant of <see cref="ConstantType"/> that holds <see cref="AlternativeValue"/>, when one does.</summary>
    public const string AlternativeConstantMember = "AlternativeConstantMember";

    /// <summary>IMPHA004: the <c>HardwareProfile</c> member name of the smallest profile that fits.</summary>
    public const string SmallestProfile = "SmallestProfile";
}
