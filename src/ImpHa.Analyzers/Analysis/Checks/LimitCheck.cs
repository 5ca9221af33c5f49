using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImpHa.Analyzers.Analysis.Shapes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.GeneratedApi;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Checks;

/// <summary>
/// The hardcoded limits of one block against the file's selection: IMPHA001 (upper), IMPHA002 (lower), IMPHA006
/// (no selection). With no Critical Service Down Delay configured, Cisco's document allows two readings (the
/// tables' 120 s and its stated default of 90 s); a block's values must follow one (<see cref="ReadingOf"/>).
/// Each diagnostic carries the expected value and, where one holds it, the generated constant the fix writes.
/// </summary>
internal sealed class LimitCheck(string generatedNamespace, bool hasSelectedClass)
{
    /// <summary>Checks every write of a block; returns them with the value each should have, for the checks across the block.</summary>
    public List<ParameterWrite> CheckBlock(List<ParameterWrite> writes, FileSettings settings, System.Action<Diagnostic> report)
    {
        var (selection, tables) = (settings.Selection, settings.Expectation);
        if (selection.Error is not null || (selection.IsSelected && tables is null))
        {
            return writes;
        }

        if (!selection.IsSelected)
        {
            foreach (var write in writes)
            {
                report(Diagnostic.Create(DiagnosticDescriptors.NoProfileSelected, write.Location, ServerRecoveryManagerParameters.Label(write.Kind), write.Value.Text()));
            }

            return writes;
        }

        var reading = ReadingOf(writes, tables!);
        if (!ReferenceEquals(reading, tables) && writes.FirstOrDefault(w => w.Kind == LimitKind.Lower ? w.Value == reading.LowerLimit : Allows(reading, w.Value)) is { } follower)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.DelayNotPinned, follower.Location, reading.LowerLimit.Text(), Values(reading), tables!.LowerLimit.Text(), Values(tables), ImpHaSettings.CriticalServiceDownDelay.Property));
        }

        var checkedWrites = new List<ParameterWrite>(writes.Count);
        foreach (var write in writes)
        {
            var expected = write.Kind == LimitKind.Lower ? reading.LowerLimit : reading.UpperLimit;
            checkedWrites.Add(write with { Expected = expected });
            Check(write, reading, tables!, settings, report);
        }

        return checkedWrites;
    }

    /// <summary>
    /// The reading a block follows: the configured delay's when there is one; else Cisco's default delay when the block
    /// writes its lower limit (90), or writes no lower limit and an upper limit only that reading gives; else the tables'.
    /// </summary>
    public static ReLoginExpectation ReadingOf(IReadOnlyList<ParameterWrite> writes, ReLoginExpectation tables)
    {
        if (tables.CiscoDefaultReading is not { } cisco)
        {
            return tables;
        }

        var lowers = writes.Where(w => w.Kind == LimitKind.Lower).Select(w => w.Value).ToList();
        if (lowers.Contains(cisco.LowerLimit))
        {
            return cisco;
        }

        if (lowers.Count == 0 && writes.Any(w => w.Kind == LimitKind.Upper && Allows(cisco, w.Value) && !Allows(tables, w.Value)))
        {
            return cisco;
        }

        return tables;
    }

    /// <summary>"lower 90, upper 223", or just the lower limit when the row is not known.</summary>
    private static string Values(ReLoginExpectation reading)
        => reading.UpperLimit is int upper ? $"lower {reading.LowerLimit.Text()}, upper {upper.Text()}" : $"lower {reading.LowerLimit.Text()}";

    private static bool Allows(ReLoginExpectation reading, int upper)
        => reading.UpperLimit is int expected ? expected == upper : reading.AllowedUpperLimits.Contains(upper);

    private void Check(ParameterWrite write, ReLoginExpectation reading, ReLoginExpectation tables, FileSettings settings, System.Action<Diagnostic> report)
    {
        var isTables = ReferenceEquals(reading, tables);
        var selectedClass = settings.ProjectWide && hasSelectedClass;
        if (write.Kind == LimitKind.Lower)
        {
            if (write.Value != reading.LowerLimit)
            {
                (string Type, string Member)? constant = !selectedClass ? null
                    : isTables ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.SelectedLowerLimit)
                    : Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.CiscoDefaultDelayLowerLimit);
                report(Diagnostic.Create(DiagnosticDescriptors.LowerLimitMismatch, write.Location, Properties(write, reading.LowerLimit, constant), write.Value.Text(), reading.LowerLimit.Text(), LowerSource(reading, tables, settings)));
            }

            return;
        }

        if (reading.UpperLimit is int expected)
        {
            if (write.Value != expected)
            {
                (string Type, string Member)? constant = !isTables ? (selectedClass ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.CiscoDefaultDelayUpperLimit) : null)
                    : selectedClass ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.SelectedUpperLimit)
                    : reading.UsesTableDelay ? Constant(GeneratedNames.HaLoginProfiles, reading.Table.MemberName, GeneratedNames.LimitConstant(LimitKind.Upper, reading.Row!.ActiveUsers))
                    : null;
                report(Diagnostic.Create(DiagnosticDescriptors.UpperLimitMismatch, write.Location, Properties(write, expected, constant), write.Value.Text(), reading.Description, expected.Text() + UpperSource(reading, tables)));
            }
        }
        else if (!reading.AllowedUpperLimits.Contains(write.Value))
        {
            var nearest = reading.NearestUpperLimit(write.Value);
            report(Diagnostic.Create(
                DiagnosticDescriptors.UpperLimitMismatch,
                write.Location,
                Properties(write, nearest, null),
                write.Value.Text(),
                reading.Description,
                $"a value of its table; the nearest is {nearest.Text()}{UpperSource(reading, tables)} (set {ImpHaSettings.ActiveUsers.Property} to check the exact row)"));
        }
    }

    /// <summary>Which reading the expected lower limit comes from, said after "the Critical Service Down Delay, N s".</summary>
    private static string LowerSource(ReLoginExpectation reading, ReLoginExpectation tables, FileSettings settings)
    {
        if (tables.DelayConfigured)
        {
            return string.Empty;
        }

        var set = $"set {ImpHaSettings.CriticalServiceDownDelay.Property} to check one";
        return ReferenceEquals(reading, tables)
            ? $" (the tables' value; {ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds.Text()} s, Cisco's stated default, is right too with its upper limit; {set})"
            : $" (Cisco's stated default, which the other values in this block follow; the tables assume {tables.LowerLimit.Text()} s; {set})";
    }

    /// <summary>After the expected upper limit: which reading it follows, and the other one's value.</summary>
    private static string UpperSource(ReLoginExpectation reading, ReLoginExpectation tables)
    {
        if (tables.CiscoDefaultReading is not { } cisco)
        {
            return string.Empty;
        }

        var delay = ServerRecoveryManagerParameters.DefaultCriticalServiceDownDelaySeconds.Text();
        return ReferenceEquals(reading, tables)
            ? (cisco.UpperLimit is int other
                ? $" (the tables' reading, Critical Service Down Delay {tables.LowerLimit.Text()} s; with Cisco's default delay of {delay} s: {other.Text()})"
                : $" (the tables' reading, Critical Service Down Delay {tables.LowerLimit.Text()} s)")
            : $" (Cisco's default Critical Service Down Delay of {delay} s, which the lower limit in this block follows)";
    }

    private (string Type, string Member) Constant(string type, string? nested, string member)
        => (GeneratedNames.MetadataName(generatedNamespace, type, nested), member);

    private static ImmutableDictionary<string, string?> Properties(ParameterWrite write, int expected, (string Type, string Member)? constant)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.ExpectedValue, expected.Text())
            .Add(DiagnosticProperties.Form, write.Form switch
            {
                ValueForm.Number => DiagnosticProperties.FormNumber,
                ValueForm.String => DiagnosticProperties.FormString,
                ValueForm.DigitsInText => DiagnosticProperties.FormDigitsInText,
                _ => DiagnosticProperties.FormOther,
            });
        return constant is { } c && write.Form == ValueForm.Number
            ? properties.Add(DiagnosticProperties.ConstantType, c.Type).Add(DiagnosticProperties.ConstantMember, c.Member)
            : properties;
    }
}
