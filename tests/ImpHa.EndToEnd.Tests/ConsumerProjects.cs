namespace ImpHa.EndToEnd.Tests;

/// <summary>The consumer project files the tests write.</summary>
internal static class ConsumerProjects
{
    /// <summary>The document's Example 1 as MSBuild properties.</summary>
    public const string Example1Selection = """
        <ImpHaProfile>15000</ImpHaProfile>
        <ImpHaDeployment>active-active</ImpHaDeployment>
        <ImpHaActiveUsers>2000</ImpHaActiveUsers>
        """;

    public static string Project(string targetFramework, string properties = "", string items = "", string sdkProperties = "", bool referenceImpHa = true) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>{targetFramework}</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            {sdkProperties}
            {properties}
          </PropertyGroup>
          <ItemGroup>
            {(referenceImpHa ? """<PackageReference Include="ImpHa" Version="$IMPHA_VERSION$" PrivateAssets="all" />""" : string.Empty)}
            {items}
          </ItemGroup>
        </Project>
        """;

    /// <summary>Example 1 plus a semicolon list of extra parameter names, which the package's targets must hand on whole.</summary>
    public const string Example1WithParameterNames = Example1Selection + """
        <ImpHaUpperLimitParameterNames>ClientReloginUpperLimit;srm.relogin.upper</ImpHaUpperLimitParameterNames>
        """;

    /// <summary>Automation with re-login limits: correct ones unmarked, wrong ones after a marker comment naming the expected diagnostic.</summary>
    public const string Automation = """
        namespace Consumer
        {
            public static class Automation
            {
                public static void Set(string node, string service, string name, string value) { }

                public static void SetNumber(string node, string service, string name, int value) { }

                public static void Correct()
                {
                    Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", "120");
                    Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", "253");
                    SetNumber("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", 253);
                }

                public static void WrongLower() => Set("imp1", "Cisco Server Recovery Manager", "Client Re-Login Lower Limit", /*IMPHA002*/"100");

                public static void WrongUpper() => Set("imp2", "Cisco Server Recovery Manager", "Client Re-Login Upper Limit", /*IMPHA001*/"300");

                // A configured internal ID: ImpHaUpperLimitParameterNames lists it second, after a ';'.
                public static void WrongById() => Set("imp2", "Cisco Server Recovery Manager", "srm.relogin.upper", /*IMPHA001-ID*/"301");
            }
        }
        """;
}
