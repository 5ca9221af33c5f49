using System.Globalization;
using System.Linq;
using ImpHa.Core.GeneratedApi;
using ImpHa.Core.Model;

namespace ImpHa.Core.Domain;

/// <summary>
/// Cisco's rules for reading the login profile tables, written once. The analyzer and
/// <c>SelectedHaProfile</c> compute with these methods; the emitted <c>HaLoginProfiles</c> lookups
/// implement the same rules in the user's compilation, and a test runs both over every row, user
/// count and delay to prove they agree.
/// </summary>
public static class ReLoginRules
{
    /// <summary>"{users} active users exceed {profile} {deployment}, which covers at most {max} active users."</summary>
    public const string ExceedsFormat = "{0} active users exceed {1} {2}, which covers at most {3} active users.";

    /// <summary>Appended to <see cref="ExceedsFormat"/>: the smallest profile that fits, its enum member and its maximum.</summary>
    public const string SmallestFitsFormat = " The smallest profile that fits is {0} (" + GeneratedNames.HardwareProfile + ".{1}, up to {2} active users).";

    /// <summary><see cref="SmallestFitsFormat"/> where the profiles' names are not generated (no hardware part): its enum member and its maximum.</summary>
    public const string SmallestFitsMemberFormat = " The smallest profile that fits is " + GeneratedNames.HardwareProfile + ".{0} (up to {1} active users).";

    /// <summary>Appended to <see cref="ExceedsFormat"/> when no profile holds the users.</summary>
    public const string NoneFits = " No hardware profile covers that many users in one presence redundancy group; spread them over more groups.";

    /// <summary>
    /// The users the tables are read with: the busiest node for active/active, the group's total
    /// (at most <see cref="int.MaxValue"/>) for active/standby; null when a count is negative.
    /// </summary>
    public static int? EffectiveActiveUsers(HaDeploymentKind deployment, int firstNodeUsers, int secondNodeUsers)
    {
        if (firstNodeUsers < 0 || secondNodeUsers < 0)
        {
            return null;
        }

        if (deployment == HaDeploymentKind.ActiveActive)
        {
            return System.Math.Max(firstNodeUsers, secondNodeUsers);
        }

        var total = (long)firstNodeUsers + secondNodeUsers;
        return total > int.MaxValue ? int.MaxValue : (int)total;
    }

    /// <summary>The row for <paramref name="activeUsers"/>, rounded up to the next row; null below 1 user or beyond the last row.</summary>
    public static LoginRowModel? RowFor(LoginTableModel table, int activeUsers)
        => activeUsers < 1 ? null : table.Rows.FirstOrDefault(r => r.ActiveUsers >= activeUsers);

    /// <summary>
    /// The lower limits Cisco's document allows: the configured Critical Service Down Delay alone ("the lower retry
    /// limit should be set to this value", procedure step 5); with none configured, the tables' delay (every row's
    /// lower limit, "the lower limit of 120 assumes the Critical Service Down Delay … is set to 120") and the stated
    /// default, 90 s. The upper limit is always the row's: nothing in the document derives it from the delay.
    /// </summary>
    public static int[] AcceptedLowerLimits(int? configuredDelay, int tableDelay)
        => configuredDelay is int delay ? [delay]
            : tableDelay == ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds ? [tableDelay]
            : [tableDelay, ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds];

    /// <summary>The smallest profile's table that holds <paramref name="activeUsers"/> for the deployment type, or null.</summary>
    public static LoginTableModel? SmallestTableFor(LoginProfileTable login, HaDeploymentKind deployment, int activeUsers)
        => activeUsers < 1 ? null : login.Tables.Where(t => t.Deployment == deployment && t.MaxActiveUsers >= activeUsers).OrderBy(t => t.Profile).FirstOrDefault();

    /// <summary>The text for users beyond a table, the same the emitted <c>GetLimits</c> throws with; <paramref name="fits"/> is the smallest table that holds them.</summary>
    public static string ExceedsMessage(int activeUsers, LoginTableModel table, LoginProfileTable login, HardwareProfileTable hardware, out LoginTableModel? fits)
    {
        fits = SmallestTableFor(login, table.Deployment, activeUsers);
        var text = string.Format(CultureInfo.InvariantCulture, ExceedsFormat, activeUsers, hardware.NameOf(table.Profile), table.Deployment.DocumentName(), table.MaxActiveUsers);
        return text + (fits is null
            ? NoneFits
            : string.Format(CultureInfo.InvariantCulture, SmallestFitsFormat, hardware.NameOf(fits.Profile), GeneratedNames.ProfileMember(fits.Profile), fits.MaxActiveUsers));
    }
}
