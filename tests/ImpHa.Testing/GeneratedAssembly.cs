using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using ImpHa.Testing;

namespace ImpHa.Testing;

/// <summary>The generator's output for some tables, compiled and loaded, so tests can call the generated API by reflection.</summary>
public static class GeneratedAssembly
{
    public static Assembly Load(ImmutableArray<GeneratorHarness.TableText> tables, IDictionary<string, string>? properties = null)
    {
        var (_, output) = GeneratorHarness.Run(tables, properties: properties);
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        stream.Position = 0;
        return new AssemblyLoadContext("ImpHa.Generated", isCollectible: true).LoadFromStream(stream);
    }
}
