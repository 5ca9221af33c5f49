namespace ImpHa.Planner;

/// <summary>How the tool spells ImpHa's values on the command line, in text and in JSON.</summary>
internal static class Names
{
    /// <summary>As Cisco writes the deployment type.</summary>
    public static string Deployment(HaDeployment deployment) => deployment == HaDeployment.ActiveActive ? "active/active" : "active/standby";

    /// <summary>As the command line and JSON write it.</summary>
    public static string DeploymentOption(HaDeployment deployment) => deployment == HaDeployment.ActiveActive ? "active-active" : "active-standby";

    /// <summary>Every deployment as the command line writes it.</summary>
    public static IReadOnlyList<string> DeploymentOptions { get; } = Enum.GetValues<HaDeployment>().Select(DeploymentOption).ToArray();

    public static bool TryParseDeployment(string text, out HaDeployment deployment)
    {
        switch (text.Trim().Replace("/", "-").ToLowerInvariant())
        {
            case "active-active" or "activeactive":
                deployment = HaDeployment.ActiveActive;
                return true;
            case "active-standby" or "activestandby":
                deployment = HaDeployment.ActiveStandby;
                return true;
            default:
                deployment = default;
                return false;
        }
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
