using System.Collections.Generic;
using ImpHa.Analyzers.Analysis.Writes;

namespace ImpHa.Analyzers.Analysis.Writes.Files;

/// <summary>What a checked file holds: its item lists, or where and why it could not be read.</summary>
internal sealed record CheckedFileContent(List<IReadOnlyList<ParameterItem>> Lists, int? ProblemAt, string? Problem)
{
    public static CheckedFileContent Malformed(int at, string problem) => new([], at, problem);
}
