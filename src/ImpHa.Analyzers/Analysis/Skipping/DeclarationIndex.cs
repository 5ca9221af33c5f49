using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ImpHa.Analyzers.GeneratedApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Analysis.Skipping;

/// <summary>
/// One syntactic pass over the declarations of every tree (type members only, never method bodies):
/// the string constants that hold a parameter name (chains of constants included), and the names of
/// members and parameters marked <c>[ReLoginUpperLimit]</c>/<c>[ReLoginLowerLimit]</c>. Both let the
/// analyzer skip code that cannot be a parameter write without binding anything.
/// </summary>
internal sealed class DeclarationIndex
{
    private static readonly string[] MarkerNames =
    [
        GeneratedNames.AttributeUsageName(GeneratedNames.UpperLimitAttribute), GeneratedNames.UpperLimitAttribute,
        GeneratedNames.AttributeUsageName(GeneratedNames.LowerLimitAttribute), GeneratedNames.LowerLimitAttribute,
    ];

    private DeclarationIndex(HashSet<string> constantNames, HashSet<string> markedNames)
    {
        ConstantNames = constantNames;
        MarkedNames = markedNames;
    }

    /// <summary>Names of const fields holding a parameter name, directly or through another such constant.</summary>
    public HashSet<string> ConstantNames { get; }

    /// <summary>Names of fields, properties and parameters that carry a re-login limit attribute.</summary>
    public HashSet<string> MarkedNames { get; }

    public static DeclarationIndex Build(Compilation compilation, HashSet<string> parameterNames, CancellationToken token)
    {
        var constants = new List<(string Name, ExpressionSyntax Value)>();
        var marked = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var declarations = tree.GetRoot(token).DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax);
            foreach (var node in declarations)
            {
                switch (node)
                {
                    case BaseFieldDeclarationSyntax field:
                        var isConst = field.Modifiers.Any(SyntaxKind.ConstKeyword);
                        var isMarked = IsMarked(field.AttributeLists);
                        foreach (var variable in field.Declaration.Variables)
                        {
                            if (isConst && variable.Initializer is { } initializer)
                            {
                                constants.Add((variable.Identifier.ValueText, initializer.Value));
                            }

                            if (isMarked)
                            {
                                marked.Add(variable.Identifier.ValueText);
                            }
                        }

                        break;
                    case PropertyDeclarationSyntax property when IsMarked(property.AttributeLists):
                        marked.Add(property.Identifier.ValueText);
                        break;
                    case BaseMethodDeclarationSyntax method:
                        AddMarkedParameters(method.ParameterList, marked);
                        break;
                    case TypeDeclarationSyntax type:
                        AddMarkedParameters(type.ParameterList, marked);
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        AddMarkedParameters(@delegate.ParameterList, marked);
                        break;
                }
            }
        }

        return new DeclarationIndex(FollowConstants(constants, parameterNames), marked);
    }

    private static HashSet<string> FollowConstants(List<(string Name, ExpressionSyntax Value)> constants, HashSet<string> parameterNames)
    {
        var found = new HashSet<string>(System.StringComparer.Ordinal);
        bool added;
        do
        {
            added = false;
            foreach (var (name, value) in constants)
            {
                if (!found.Contains(name) && HoldsName(value, parameterNames, found))
                {
                    found.Add(name);
                    added = true;
                }
            }
        }
        while (added);

        return found;
    }

    private static bool HoldsName(ExpressionSyntax value, HashSet<string> parameterNames, HashSet<string> constantNames) => value switch
    {
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && parameterNames.Contains(literal.Token.ValueText.Trim()),
        MemberAccessExpressionSyntax access => constantNames.Contains(access.Name.Identifier.ValueText),
        IdentifierNameSyntax identifier => constantNames.Contains(identifier.Identifier.ValueText),
        _ => false,
    };

    private static void AddMarkedParameters(ParameterListSyntax? parameters, HashSet<string> marked)
    {
        foreach (var parameter in parameters?.Parameters ?? default)
        {
            if (IsMarked(parameter.AttributeLists))
            {
                marked.Add(parameter.Identifier.ValueText);
            }
        }
    }

    private static bool IsMarked(SyntaxList<AttributeListSyntax> lists)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (System.Array.IndexOf(MarkerNames, name) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
