using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// The variable, parameter, field or property a request is filled through or an <c>XmlWriter</c> written with: the symbol
/// of each step of <c>a.b.req</c>, <c>this.</c> left out, so a local that shadows a field is another receiver and
/// <c>this.req</c> is <c>req</c>.
/// </summary>
internal sealed class Receiver : System.IEquatable<Receiver>
{
    private readonly ISymbol[] _path;

    private Receiver(ISymbol[] path) => _path = path;

    private string Name => _path[_path.Length - 1].Name;

    /// <summary>The receiver <paramref name="expression"/> names; null for anything but names and member accesses of names.</summary>
    public static Receiver? Of(SemanticModel model, ExpressionSyntax expression, CancellationToken token)
    {
        var path = new List<ISymbol>();
        return AddPath(model, expression, path, token) && path.Count > 0 ? new Receiver([.. path]) : null;
    }

    /// <summary>The variable <paramref name="variable"/> declares.</summary>
    public static Receiver? Of(SemanticModel model, VariableDeclaratorSyntax variable, CancellationToken token)
        => model.GetDeclaredSymbol(variable, token) is { } symbol ? new Receiver([symbol]) : null;

    /// <summary>Whether <paramref name="expression"/> is this receiver; binds only expressions whose last name is the receiver's.</summary>
    public bool Is(SemanticModel model, ExpressionSyntax expression, CancellationToken token)
        => LastName(expression) == Name && Of(model, expression, token) is { } other && Equals(other);

    /// <summary>Whether <paramref name="variable"/> declares this receiver.</summary>
    public bool IsDeclaredBy(SemanticModel model, VariableDeclaratorSyntax variable, CancellationToken token)
        => _path.Length == 1 && variable.Identifier.ValueText == Name && SymbolEqualityComparer.Default.Equals(model.GetDeclaredSymbol(variable, token), _path[0]);

    public bool Equals(Receiver? other)
    {
        if (other is null || other._path.Length != _path.Length)
        {
            return false;
        }

        for (var i = 0; i < _path.Length; i++)
        {
            if (!SymbolEqualityComparer.Default.Equals(_path[i], other._path[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Receiver);

    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var symbol in _path)
        {
            hash = (hash * 31) + SymbolEqualityComparer.Default.GetHashCode(symbol);
        }

        return hash;
    }

    private static bool AddPath(SemanticModel model, ExpressionSyntax expression, List<ISymbol> path, CancellationToken token)
    {
        switch (expression)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return AddPath(model, parenthesized.Expression, path, token);
            case ThisExpressionSyntax or BaseExpressionSyntax:
                return true;
            case IdentifierNameSyntax identifier when model.GetSymbolInfo(identifier, token).Symbol is { } symbol:
                path.Add(symbol);
                return true;
            case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression)
                && AddPath(model, access.Expression, path, token) && model.GetSymbolInfo(access.Name, token).Symbol is { } member:
                path.Add(member);
                return true;
            default:
                return false;
        }
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => LastName(parenthesized.Expression),
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
