using System.Collections.Immutable;
using System.Linq;
using ImpHa.Analyzers.Analysis;
using ImpHa.Analyzers.Analysis.Shapes;
using ImpHa.Analyzers.Diagnostics;
using ImpHa.Analyzers.Domain;
using ImpHa.Analyzers.GeneratedApi;
using ImpHa.Analyzers.Settings;
using Microsoft.CodeAnalysis;

namespace ImpHa.Analyzers.Analysis.Checks;

/// <summary>
/// One hardcoded limit against the file's selection: IMPHA001 (upper), IMPHA002 (lower), IMPHA006 (no selection).
/// The diagnostic carries the expected value and, where one holds it, the generated constant the fix writes.
/// </summary>
internal sealed class LimitCheck(string generatedNamespace, bool hasSelectedClass)
{
    public void Check(ParameterWrite write, FileSettings settings, System.Action<Diagnostic> report)
    {
        var (selection, expectation) = (settings.Selection, settings.Expectation);
        var location = write.Location;
        var label = ServerRecoveryManagerParameters.Label(write.Kind);
        if (selection.Error is not null)
        {
            return;
        }

        if (!selection.IsSelected)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.NoProfileSelected, location, label, write.Value.Text()));
            return;
        }

        if (expectation is null)
        {
            return;
        }

        var selectedClass = settings.ProjectWide && hasSelectedClass;
        if (write.Kind == LimitKind.Lower)
        {
            if (write.Value != expectation.LowerLimit)
            {
                var source = selection.CriticalServiceDownDelay is null ? $" (the tables' value; set {ImpHaSettings.CriticalServiceDownDelay.Property} if your cluster's differs)" : string.Empty;
                (string Type, string Member)? constant = selectedClass ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.SelectedLowerLimit) : null;
                report(Diagnostic.Create(DiagnosticDescriptors.LowerLimitMismatch, location, Properties(write, expectation.LowerLimit, constant), write.Value.Text(), expectation.LowerLimit.Text(), source));
            }

            return;
        }

        if (expectation.UpperLimit is int expected)
        {
            if (write.Value != expected)
            {
                (string Type, string Member)? constant = selectedClass ? Constant(GeneratedNames.SelectedHaProfile, null, GeneratedNames.SelectedUpperLimit)
                    : expectation.UsesTableDelay ? Constant(GeneratedNames.HaLoginProfiles, expectation.Table.MemberName, GeneratedNames.LimitConstant(LimitKind.Upper, expectation.Row!.ActiveUsers))
                    : null;
                report(Diagnostic.Create(DiagnosticDescriptors.UpperLimitMismatch, location, Properties(write, expected, constant), write.Value.Text(), expectation.Description, expected.Text()));
            }
        }
        else if (!expectation.AllowedUpperLimits.Contains(write.Value))
        {
            var nearest = expectation.NearestUpperLimit(write.Value);
            report(Diagnostic.Create(
                DiagnosticDescriptors.UpperLimitMismatch,
                location,
                Properties(write, nearest, null),
                write.Value.Text(),
                expectation.Description,
                $"a value of its table; the nearest is {nearest.Text()} (set {ImpHaSettings.ActiveUsers.Property} to check the exact row)"));
        }
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
