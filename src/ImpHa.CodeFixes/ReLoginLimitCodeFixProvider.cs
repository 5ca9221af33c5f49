using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ImpHa.Analyzers.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ImpHa.CodeFixes;

/// <summary>
/// IMPHA001/IMPHA002: replaces the hardcoded limit with the expected value: the generated constant
/// where the value is numeric and the constant exists, else a literal in the same form (a string stays a string).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReLoginLimitCodeFixProvider)), Shared]
public sealed class ReLoginLimitCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("IMPHA001", "IMPHA002");

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
            if (!diagnostic.Properties.TryGetValue(ReLoginLimitAnalyzer.ExpectedValueProperty, out var expected) || expected is null)
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is not ExpressionSyntax)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use {expected}",
                    token => ReplaceAsync(context.Document, diagnostic, token),
                    equivalenceKey: "ImpHa.UseExpectedReLoginLimit"),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(token).ConfigureAwait(false);
        if (root is null || model is null || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax node)
        {
            return document;
        }

        var expected = int.Parse(diagnostic.Properties[ReLoginLimitAnalyzer.ExpectedValueProperty]!, CultureInfo.InvariantCulture);
        var isString = diagnostic.Properties.TryGetValue(ReLoginLimitAnalyzer.FormProperty, out var form) && form == "string";
        ExpressionSyntax replacement = isString
            ? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(expected.ToString(CultureInfo.InvariantCulture)))
            : ConstantReference(model, diagnostic, expected) ?? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(expected));
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement.WithTriviaFrom(node)));
    }

    /// <summary>
    /// The generated constant (<c>SelectedHaProfile.UpperLimit</c>, <c>HaLoginProfiles.X.UpperLimitForNUsers</c>),
    /// fully qualified then simplified, when the compilation has it and it holds the expected value.
    /// </summary>
    private static ExpressionSyntax? ConstantReference(SemanticModel model, Diagnostic diagnostic, int expected)
    {
        if (!diagnostic.Properties.TryGetValue(ReLoginLimitAnalyzer.ConstantProperty, out var constant) || constant is null)
        {
            return null;
        }

        var parts = constant.Split('.');
        INamedTypeSymbol? container = model.Compilation.GetSymbolsWithName(parts[0], SymbolFilter.Type).OfType<INamedTypeSymbol>().FirstOrDefault();
        for (var i = 1; i < parts.Length - 1 && container is not null; i++)
        {
            container = container.GetTypeMembers(parts[i]).FirstOrDefault();
        }

        var field = container?.GetMembers(parts[parts.Length - 1]).OfType<IFieldSymbol>().FirstOrDefault();
        if (field is not { IsConst: true, ConstantValue: int value } || value != expected)
        {
            return null;
        }

        var text = container!.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Name;
        return SyntaxFactory.ParseExpression(text).WithAdditionalAnnotations(Simplifier.Annotation);
    }
}
