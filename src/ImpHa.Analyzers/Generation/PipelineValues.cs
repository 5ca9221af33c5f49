using ImpHa.Analyzers.Settings;
using ImpHa.Core.Model;

namespace ImpHa.Analyzers.Generation;

// Steps pass classes, never tuples of tuples or bools: each value type a step yields makes a cold compiler
// compile the driver's generic node code once more for it (docs/benchmarks.md).

/// <summary>The login table as read against the hardware table it names its profiles from.</summary>
internal sealed record LoginTables(TableResult<LoginProfileTable> Login, TableResult<HardwareProfileTable> Hardware);

/// <summary>The project's selected profile and the settings the file for it is emitted with.</summary>
internal sealed record SelectionRequest(HaSelection Selection, GeneratorSettings Settings);
