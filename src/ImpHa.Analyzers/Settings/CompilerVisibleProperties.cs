namespace ImpHa.Analyzers.Settings;

/// <summary>Every MSBuild property the generator and analyzer read; the package props must make each one compiler-visible.</summary>
internal static class CompilerVisibleProperties
{
    public static readonly string[] All =
    [
        GeneratorSettings.NamespaceProperty.Substring("build_property.".Length),
        GeneratorSettings.VisibilityProperty.Substring("build_property.".Length),
        HaSelection.ProfileProperty,
        HaSelection.DeploymentProperty,
        HaSelection.ActiveUsersProperty,
        HaSelection.DelayProperty,
        LimitLabels.UpperProperty,
        LimitLabels.LowerProperty,
    ];
}
