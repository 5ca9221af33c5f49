namespace ImpHa.Core.Domain;

/// <summary>The Cisco Server Recovery Manager parameters the HA login profiles set, as the administration pages label them.</summary>
public static class ServerRecoveryManagerParameters
{
    public const string ClientReLoginLowerLimit = "Client Re-Login Lower Limit";
    public const string ClientReLoginUpperLimit = "Client Re-Login Upper Limit";
    public const string CriticalServiceDownDelay = "Critical Service Down Delay";

    /// <summary>Where the document sets the limits (procedure step 4): this page, then the service from its Service menu.</summary>
    public const string AdministrationPage = "Cisco Unified CM IM and Presence Administration > System > Service Parameters";

    /// <summary>
    /// The Critical Service Down Delay's default as Cisco states it (procedure step 5 sets the lower limit to it),
    /// while the tables assume 120 s: both readings are Cisco's until a project says which its cluster uses.
    /// </summary>
    public const int DefaultCriticalServiceDownDelaySeconds = 90;

    /// <summary>The label some releases print for <see cref="CriticalServiceDownDelay"/>.</summary>
    public const string CriticalServiceDelay = "Critical Service Delay";

    /// <summary>The label of one limit.</summary>
    public static string Label(LimitKind kind) => kind == LimitKind.Upper ? ClientReLoginUpperLimit : ClientReLoginLowerLimit;
}

/// <summary>Which re-login limit a value is.</summary>
public enum LimitKind
{
    Lower,
    Upper,
}
