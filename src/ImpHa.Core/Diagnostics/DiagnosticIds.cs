namespace ImpHa.Core.Diagnostics;

/// <summary>Every diagnostic id ImpHa reports, defined once: the descriptors, the table readers and the code fixes use these.</summary>
public static class DiagnosticIds
{
    public const string UpperLimitMismatch = "IMPHA001";
    public const string LowerLimitMismatch = "IMPHA002";
    public const string UpperNotAboveLower = "IMPHA003";
    public const string UsersExceedProfile = "IMPHA004";
    public const string InvalidSelection = "IMPHA005";
    public const string NoProfileSelected = "IMPHA006";
    public const string NodesDiffer = "IMPHA007";
    public const string RestartNeeded = "IMPHA008";
    public const string UnknownParameter = "IMPHA009";
    public const string DelayNotPinned = "IMPHA010";
    public const string UnreadableFile = "IMPHA011";

    public const string CsvSyntax = "IMPHA101";
    public const string MissingColumn = "IMPHA102";
    public const string FieldCount = "IMPHA103";
    public const string InvalidValue = "IMPHA104";
    public const string InconsistentTable = "IMPHA105";
    public const string InvalidIdentifier = "IMPHA106";
    public const string InvalidNamespace = "IMPHA107";
    public const string InvalidVisibility = "IMPHA108";
    public const string DataLint = "IMPHA109";
    public const string UnknownGeneratedPart = "IMPHA110";
    public const string InvalidDocComments = "IMPHA111";
}
