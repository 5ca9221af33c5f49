using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImpHa.Core.Diagnostics;
using ImpHa.Analyzers.Analysis.Writes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Core.Domain;
using ImpHa.Core.GeneratedApi;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Rules;

/// <summary>
/// The hardcoded limits of one block against the file's selection: IMPHA001 (upper), IMPHA002 (lower), IMPHA006
/// (no selection), IMPHA010 (a lower limit at Cisco's default delay). The upper limit is always the table row's;
/// the lower limit is the Critical Service Down Delay: the configured one, or with none the tables' 120 s or
/// Cisco's stated default of 90 s (<see cref="ReLoginRules.AcceptedLowerLimits"/>).
/// Each diagnostic carries the expected value and, where one holds it, the generated constant the fix writes.
/// </summary>
internal sealed class LimitRule(string generatedNamespace, bool hasSelectedClass)
{
    /// <summary>The diagnostics of a block's limits under the file's settings.</summary>
    public List<Diagnostic> Check(List<ParameterWrite> writes, FileSettings settings)
    {
        var diagnostics = new List<Diagnostic>();
        var (selection, expectation) = (settings.Selection, settings.Expectation);
        if (writes.Count == 0 || selection.Error is not null || (selection.IsSelected && expectation is null))
        {
            return diagnostics;
        }

        if (!selection.IsSelected)
        {
            foreach (var write in writes)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.NoProfileSelected, write.Location, ServerRecoveryManagerParameters.Label(write.Kind), write.Value.Text()));
            }

            return diagnostics;
        }

        var tables = expectation!;
        if (FirstLower(writes, tables, DelayReading.CiscoDefault) is { } follower)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DelayNotPinned, follower.Location, follower.Value.Text(), tables.LowerLimit.Text(), ImpHaSettings.CriticalServiceDownDelay.Property));
        }

        // Said next to an upper limit when the block's lower limit is not the tables' delay: the upper does not follow it.
        var lowerMoved = FirstLower(writes, tables, DelayReading.CiscoDefault) is not null
            || (tables.DelayConfigured && tables.LowerLimit != tables.TableDelaySeconds);
        foreach (var write in writes)
        {
            Check(write, tables, settings, lowerMoved, diagnostics);
        }

        return diagnostics;
    }

    /// <summary>The writes with the value each should have, for the rules across the block; unchanged where the settings say none.</summary>
    public static List<ParameterWrite> WithExpected(List<ParameterWrite> writes, FileSettings settings)
    {
        if (settings.Selection.Error is not null || !settings.Selection.IsSelected || settings.Expectation is not { } tables)
        {
            return writes;
        }

        var expected = new List<ParameterWrite>(writes.Count);
        foreach (var write in writes)
        {
            var value = write.Kind == LimitKind.Upper ? tables.UpperLimit
                : DelayReadings.Of(tables, write.Value) != DelayReading.None ? write.Value
                : tables.LowerLimit;
            expected.Add(write with { Expected = value });
        }

        return expected;
    }

    private static ParameterWrite? FirstLower(List<ParameterWrite> writes, ReLoginExpectation tables, DelayReading reading)
    {
        foreach (var write in writes)
        {
            if (write.Kind == LimitKind.Lower && DelayReadings.Of(tables, write.Value) == reading)
            {
                return write;
            }
        }

        return null;
    }

    private void Check(ParameterWrite write, ReLoginExpectation tables, FileSettings settings, bool lowerMoved, List<Diagnostic> diagnostics)
    {
        var selectedClass = settings.ProjectWide && hasSelectedClass;
        if (write.Kind == LimitKind.Lower)
        {
            if (DelayReadings.Of(tables, write.Value) == DelayReading.None)
            {
                var constant = selectedClass ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.SelectedLowerLimit) : ((string, string)?)null;
                var properties = Properties(write, tables.LowerLimit, constant);
                if (tables.CiscoDefaultLowerLimit is int alternative)
                {
                    properties = properties.Add(DiagnosticProperties.AlternativeValue, alternative.Text());
                    if (selectedClass && write.Form == ValueForm.Number)
                    {
                        properties = properties.Add(DiagnosticProperties.AlternativeConstantMember, GeneratedNames.CiscoDefaultDelayLowerLimit);
                    }
                }

                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LowerLimitMismatch, write.Location, properties, write.Value.Text(), tables.LowerLimit.Text(), LowerSource(tables)));
            }

            return;
        }

        var note = lowerMoved ? " (the table's value: Cisco changes only the lower limit with the Critical Service Down Delay)" : string.Empty;
        if (tables.UpperLimit is int expected)
        {
            if (write.Value != expected)
            {
                (string Type, string Member)? constant = selectedClass
                    ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.SelectedUpperLimit)
                    : Constant(GeneratedNames.HaLoginProfiles, tables.Table.MemberName, GeneratedNames.LimitConstant(LimitKind.Upper, tables.Row!.ActiveUsers));
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UpperLimitMismatch, write.Location, Properties(write, expected, constant), write.Value.Text(), tables.Description, expected.Text() + note));
            }
        }
        else if (!tables.AllowedUpperLimits.Contains(write.Value))
        {
            var nearest = tables.NearestUpperLimit(write.Value);
            diagnostics.Add(Diagnostic.Create(
                DiagnosticDescriptors.UpperLimitMismatch,
                write.Location,
                Properties(write, nearest, null),
                write.Value.Text(),
                tables.Description,
                $"a value of its table; the nearest is {nearest.Text()}{note} (set {ImpHaSettings.ActiveUsers.Property} to check the exact row)"));
        }
    }

    /// <summary>After the expected lower limit, while no delay is configured: the other value Cisco's document allows.</summary>
    private static string LowerSource(ReLoginExpectation tables)
        => tables.CiscoDefaultLowerLimit is int other
            ? $" (the tables' value; {other.Text()} s, Cisco's stated default (procedure step 5), is right too; set {ImpHaSettings.CriticalServiceDownDelay.Property} to check one)"
            : string.Empty;

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
