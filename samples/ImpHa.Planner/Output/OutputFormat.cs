namespace ImpHa.Planner.Output;

/// <summary>What <c>--format</c> takes; CSV only where the output is a table.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Csv,
}
