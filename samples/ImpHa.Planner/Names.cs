using ImpHa.Core.Domain;

namespace ImpHa.Planner;

/// <summary>How the tool spells ImpHa's values on the command line, in text and in JSON.</summary>
internal static class Names
{
    /// <summary>As Cisco writes the deployment type: the analyzer's catalog, from which the generated enum is emitted value for value.</summary>
    public static string Deployment(HaDeployment deployment) => HaDeployments.All.First(d => d.Value == (int)deployment).DocumentName;

    /// <summary>As the command line and JSON write it: the generated member's name in kebab case.</summary>
    public static string DeploymentOption(HaDeployment deployment) => Kebab(deployment);

    /// <summary>Every deployment as the command line writes it.</summary>
    public static IReadOnlyList<string> DeploymentOptions { get; } = Enum.GetValues<HaDeployment>().Select(DeploymentOption).ToArray();

    /// <summary>The spellings the analyzer's settings accept (active-active, active/active, ActiveStandby, …).</summary>
    public static bool TryParseDeployment(string text, out HaDeployment deployment)
    {
        var found = HaDeployments.TryParse(text, out var kind);
        deployment = found ? (HaDeployment)kind.Info().Value : default;
        return found;
    }

    /// <summary>"Required" → "required": enum names in lower kebab case, as JSON and text print them.</summary>
    public static string Kebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && name[i - 1] != ' ' && name[i - 1] != ',')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
