using System.Globalization;
using System.Text;

namespace ImpHa.Benchmarks;

/// <summary>
/// Writes a project of generated automation files, every one a candidate for the analyzer: each sets the
/// re-login limits of two nodes through a helper call and an AXL-style request initializer. One file in a
/// hundred writes a wrong upper limit and also edits a service parameter that needs a restart.
/// <c>dotnet run -c Release --project tests/ImpHa.Benchmarks -- corpus DIR [FILES]</c>.
/// </summary>
public static class AutomationCorpus
{
    /// <summary>Example 1 of the document: 15000 Users Full UC, active/active, 2000 users per node.</summary>
    public const string Selection = "<ImpHaProfile>15000</ImpHaProfile><ImpHaDeployment>ActiveActive</ImpHaDeployment><ImpHaActiveUsers>2000</ImpHaActiveUsers>";

    public static int Write(string directory, int files)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                {Selection}
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Axl.cs"), Support);
        for (var i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"Cluster{i.ToString("D4", CultureInfo.InvariantCulture)}.cs"), FileText(i));
        }

        return files;
    }

    /// <summary>One automation file; <c>index % 100 == 7</c> writes 300 where the profile needs 253 (IMPHA001, IMPHA007) and sets the SIP Proxy's HTTP Port (IMPHA008).</summary>
    public static string FileText(int index)
    {
        var wrong = index % 100 == 7;
        var upper = wrong ? "300" : "253";
        var restart = wrong ? "Axl.Set(client, first, \"Cisco SIP Proxy\", \"HTTP Port\", \"8081\");" : "Axl.Set(client, first, \"Cisco SIP Proxy\", \"Trace Level\", \"3\");";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""
            namespace Corpus
            {
                public static class Cluster{{index}}
                {
                    private const string Service = "Cisco Server Recovery Manager";

                    public static async System.Threading.Tasks.Task ConfigureAsync(AxlClient client, string first, string second)
                    {
                        Axl.Set(client, first, Service, "Client Re-Login Lower Limit", "120");
                        Axl.Set(client, first, Service, "Client Re-Login Upper Limit", "253");
                        await client.UpdateServiceParameterAsync(new UpdateServiceParameterReq
                        {
                            processNodeName = second,
                            service = Service,
                            name = "Client Re-Login Lower Limit",
                            value = "120",
                        });
                        await client.UpdateServiceParameterAsync(new UpdateServiceParameterReq
                        {
                            processNodeName = second,
                            service = Service,
                            name = "Client Re-Login Upper Limit",
                            value = "{{upper}}",
                        });
                        {{restart}}
                    }

            """);

        // Ordinary code around the automation, as real files have: loops, strings, collections.
        for (var m = 0; m < 6; m++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                        public static int Report{{m}}(System.Collections.Generic.IReadOnlyList<string> nodes, int retries)
                        {
                            var lines = new System.Collections.Generic.List<string>();
                            for (var i = 0; i < nodes.Count; i++)
                            {
                                lines.Add(string.Concat(nodes[i], ": attempt ", (i + retries).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                            }

                            return lines.Count + {{m}};
                        }

                """);
        }

        text.Append("""
                }
            }
            """);
        return text.ToString();
    }

    /// <summary>The AXL client and request types the corpus files call.</summary>
    internal const string Support = """
        namespace Corpus
        {
            public sealed class UpdateServiceParameterReq
            {
                public string? processNodeName { get; set; }
                public string? service { get; set; }
                public string? name { get; set; }
                public string? value { get; set; }
            }

            public sealed class AxlClient
            {
                public System.Threading.Tasks.Task UpdateServiceParameterAsync(UpdateServiceParameterReq request) => System.Threading.Tasks.Task.CompletedTask;
            }

            public static class Axl
            {
                public static void Set(AxlClient client, string node, string service, string name, string value) { }
            }
        }
        """;
}
