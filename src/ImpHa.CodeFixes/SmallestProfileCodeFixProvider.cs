using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using ImpHa.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ImpHa.CodeFixes;

/// <summary>
/// IMPHA004 where the profile is written in code (<c>HardwareProfile.Users5000</c> passed to a lookup):
/// replaces it with the smallest profile that holds the users. Settings in MSBuild or .editorconfig are not code, so get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SmallestProfileCodeFixProvider)), Shared]
public sealed class SmallestProfileCodeFixProvider : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UsersExceedProfile);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is null
                || !diagnostic.Location.IsInSource
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.SmallestProfile, out var member)
                || member is null
                || MemberName(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Use {member}", token => ReplaceAsync(context.Document, diagnostic, member, token), equivalenceKey: "ImpHa.UseSmallestProfileThatFits"),
                diagnostic);
        }
    }

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, string member, CancellationToken token)
    {
        var root = await document.GetSyntaxRootAsync(token).ConfigureAwait(false);
        if (root is null || MemberName(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is not { } name)
        {
            return document;
        }

        return document.WithSyntaxRoot(root.ReplaceNode(name, SyntaxFactory.IdentifierName(member).WithTriviaFrom(name)));
    }

    /// <summary>The enum member's name in <c>HardwareProfile.Users5000</c> (or <c>Users5000</c> under <c>using static</c>).</summary>
    private static SimpleNameSyntax? MemberName(SyntaxNode node) => node switch
    {
        ArgumentSyntax argument => MemberName(argument.Expression),
        MemberAccessExpressionSyntax access => access.Name,
        IdentifierNameSyntax identifier => identifier,
        _ => null,
    };
}
