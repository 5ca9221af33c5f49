using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImpHa.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace ImpHa.CodeFixes;

/// <summary>
/// IMPHA001/IMPHA002: replaces the hardcoded limit with the expected value (for IMPHA002 with no delay configured,
/// also with Cisco's stated default delay, a second fix): the generated constant
/// where the value is numeric and the constant exists, else a literal in the same form (a string stays a string);
/// digits inside a string (SQL on <c>processconfig</c>) are rewritten in place.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReLoginLimitCodeFixProvider)), Shared]
public sealed class ReLoginLimitCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UpperLimitMismatch, DiagnosticIds.LowerLimitMismatch);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ExpectedValue, out var expected) || expected is null)
            {
                continue;
            }

            diagnostic.Properties.TryGetValue(DiagnosticProperties.Form, out var form);
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (form == DiagnosticProperties.FormOther || (form != DiagnosticProperties.FormDigitsInText && node is not ExpressionSyntax))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {expected}",
                    token => ReplaceAsync(context.Document, diagnostic, alternative: false, token),
                    equivalenceKey: "ImpHa.UseExpectedReLoginLimit"),
                diagnostic);
            if (diagnostic.Properties.TryGetValue(DiagnosticProperties.AlternativeValue, out var alternative) && alternative is not null)
            {
                // No delay configured: Cisco's stated default delay is a right lower limit too.
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Use {alternative} (Cisco's default Critical Service Down Delay)",
                        token => ReplaceAsync(context.Document, diagnostic, alternative: true, token),
                        equivalenceKey: "ImpHa.UseCiscoDefaultDelayLowerLimit"),
                    diagnostic);
            }
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, bool alternative, CancellationToken token)
    {
        var valueKey = alternative ? DiagnosticProperties.AlternativeValue : DiagnosticProperties.ExpectedValue;
        var memberKey = alternative ? DiagnosticProperties.AlternativeConstantMember : DiagnosticProperties.ConstantMember;
        if (diagnostic.Properties.TryGetValue(DiagnosticProperties.Form, out var textForm) && textForm == DiagnosticProperties.FormDigitsInText)
        {
            // Digits inside a string (SQL): the diagnostic spans exactly them, so rewrite just that text.
            var text = await document.GetTextAsync(token).ConfigureAwait(false);
            return document.WithText(text.WithChanges(new TextChange(diagnostic.Location.SourceSpan, diagnostic.Properties[valueKey]!)));
        }

        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(token).ConfigureAwait(false);
        if (root is null || model is null || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node)
        {
            return document;
        }

        var expected = int.Parse(diagnostic.Properties[valueKey]!, CultureInfo.InvariantCulture);
        var isString = diagnostic.Properties.TryGetValue(DiagnosticProperties.Form, out var form) && form == DiagnosticProperties.FormString;
        ExpressionSyntax replacement = isString
            ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(expected.ToString(CultureInfo.InvariantCulture)))
            : ConstantReference(model, diagnostic, memberKey, expected) ?? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(expected));
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)));
    }

    /// <summary>
    /// The generated constant (<c>SelectedHaProfile.UpperLimit</c>, <c>HaLoginProfiles.X.UpperLimitForNUsers</c>),
    /// found by its metadata name under the configured namespace, fully qualified then simplified, when the
    /// compilation has it and it holds the expected value.
    /// </summary>
    private static ExpressionSyntax? ConstantReference(SemanticModel model, Diagnostic diagnostic, string memberKey, int expected)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.ConstantType, out var typeName) || typeName is null
            || !diagnostic.Properties.TryGetValue(memberKey, out var memberName) || memberName is null
            || model.Compilation.GetTypeByMetadataName(typeName) is not { } type
            || type.GetMembers(memberName).OfType<IFieldSymbol>().FirstOrDefault() is not { IsConst: true, ConstantValue: int value } field
            || value != expected)
        {
            return null;
        }

        var text = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name;
        return SyntaxFactory.ParseExpression(text).WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
