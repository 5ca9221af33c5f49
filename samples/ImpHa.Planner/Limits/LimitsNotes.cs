namespace ImpHa.Planner.Limits;

/// <summary>A note beside the limits: Cisco's words (<c>cisco</c>) or ImpHa's reading of them (<c>impha</c>).</summary>
internal sealed record LimitsNote(string Source, string Text)
{
    public const string Cisco = "cisco";
    public const string ImpHa = "impha";
}

/// <summary>The notes and warnings that go with an answer: the document's caveats, the active/standby wording, and delays far from Cisco's.</summary>
internal static class LimitsNotes
{
    /// <summary>How far a given delay may be from both of Cisco's values before the tool warns: their gap, the only spread the document shows.</summary>
    public const int DelayTolerance = HaLoginProfiles.TableCriticalServiceDownDelaySeconds - ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds;

    public const string DebugLogging = "\"If Debug Logging is enabled for the Cisco XCP Router service, then you should expect increased CPU usage and a decrease in the currently supported logging levels for IM and Presence Service.\"";

    public static IReadOnlyList<LimitsNote> Notes(PlannerRequest request, int effectiveUsers)
    {
        var notes = new List<LimitsNote>();
        if (request.Deployment == HaDeployment.ActiveStandby)
        {
            notes.Add(new(LimitsNote.ImpHa,
                "Active/standby: the standby node carries no users while the active node runs, so the table is read with the group's total, "
                + "as the inputs list says (\"the total number of users in the presence redundancy group for Active/Standby deployments\"). "
                + "Procedure step 2 words it differently: \"If you have an active/standby deployment, use the node with the highest number of users.\" "
                + "ImpHa follows the inputs list."));
            if (request.FirstNodeUsers > 0 && request.SecondNodeUsers > 0)
            {
                var highest = Math.Max(request.FirstNodeUsers, request.SecondNodeUsers);
                var byStep2 = HaLoginProfiles.TryGetLimits(request.Profile, request.Deployment, highest, out var limits)
                    ? $"upper limit {limits.UpperLimit} (row {limits.TableActiveUsers})"
                    : "no row";
                notes.Add(new(LimitsNote.ImpHa,
                    $"--node-users puts users on both nodes ({request.FirstNodeUsers} and {request.SecondNodeUsers}); in active/standby the standby node carries none. "
                    + $"ImpHa reads the total, {effectiveUsers}; step 2's wording (the node with the most users, {highest}) would give {byStep2}."));
            }
        }

        notes.Add(new(LimitsNote.Cisco, DebugLogging));
        notes.Add(new(LimitsNote.Cisco, "\"High Availability client login profiles apply only to single cluster deployments.\""));
        notes.Add(new(LimitsNote.Cisco, "\"The upper and lower client re-login limit values must be the same on each node in the presence redundancy group.\""));
        notes.Add(new(LimitsNote.Cisco, "\"If you rebalance your users, you must reconfigure the upper and lower client re-login limit values based on the High Availability login profile tables.\""));
        return notes;
    }

    public static IReadOnlyList<string> Warnings(PlannerRequest request, ReLoginLimits limits)
    {
        var warnings = new List<string>();
        if (request.CriticalServiceDownDelaySeconds is not int delay)
        {
            return warnings;
        }

        var tables = HaLoginProfiles.TableCriticalServiceDownDelaySeconds;
        var ciscoDefault = ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds;
        if (limits.LowerLimit >= limits.UpperLimit)
        {
            warnings.Add($"The lower limit ({limits.LowerLimit} s, your Critical Service Down Delay) is not below the table's upper limit ({limits.UpperLimit} s): "
                + "clients would all re-login at once. Cisco's tables give no values for this delay.");
        }
        else if (Math.Abs(delay - ciscoDefault) > DelayTolerance && Math.Abs(delay - tables) > DelayTolerance)
        {
            warnings.Add(
                $"A Critical Service Down Delay of {delay} s is more than {DelayTolerance} s (the gap between Cisco's two values) from both {ciscoDefault} s (Cisco's default) and {tables} s (what the tables assume). "
                + $"The upper limit stays the table's, so clients re-login over {limits.UpperLimit - limits.LowerLimit} s instead of the {limits.UpperLimit - tables} s the table was calculated for; "
                + "Cisco prints no values for this delay (ImpHa's warning).");
        }

        return warnings;
    }

    /// <summary>
    /// Cisco's Example 2 reads 953 s for 4700 users per node on the 5000-user active/active profile, beyond Table 7's last row
    /// (2500); said when a refused request is in that range, so the refusal does not look like a contradiction of Cisco.
    /// </summary>
    public static string? Example2(PlannerRequest request, int users)
    {
        var max = HaLoginProfiles.MaxActiveUsers(request.Profile, request.Deployment);
        if (request.Profile != HardwareProfile.Users5000 || request.Deployment != HaDeployment.ActiveActive || users <= max || users > 5000)
        {
            return null;
        }

        return $"Cisco's own Example 2 (\"You have 4700 users on each node\", 5000 Users Full UC active/active) prints lower 120, upper 953 for the rounded-up 5000, "
            + $"but the 5000 Users active/active table stops at {max} users; 953 is the upper limit of the 15000 Users active/standby row for 5000 users "
            + "and of the 5000 Users active/standby row for 2500 (data/README.md, \"Quirks kept as printed\")";
    }
}
