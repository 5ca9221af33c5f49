using System.Collections.Generic;
using System.Threading;
using ImpHa.Core.GeneratedApi;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Analysis.Candidates;

/// <summary>
/// The declarations that widen what the analyzer looks for: string constants that hold a parameter name
/// (chains of constants included) or an XML or JSON template naming one, members and parameters marked <c>[ReLoginUpperLimit]</c>/<c>[ReLoginLowerLimit]</c>,
/// and the methods that take marked parameters. Read from type members only, never method bodies, and
/// only in the trees <see cref="CompilationScan"/> found to name something of interest.
/// </summary>
internal sealed class DeclarationIndex
{
    private static readonly string[] MarkerNames =
    [
        GeneratedNames.AttributeUsageName(GeneratedNames.UpperLimitAttribute), GeneratedNames.UpperLimitAttribute,
        GeneratedNames.AttributeUsageName(GeneratedNames.LowerLimitAttribute), GeneratedNames.LowerLimitAttribute,
    ];

    private DeclarationIndex(HashSet<string> constantNames, HashSet<string> markedNames, HashSet<string> markedCallNames)
    {
        ConstantNames = constantNames;
        MarkedNames = markedNames;
        MarkedCallNames = markedCallNames;
    }

    /// <summary>The index of no declarations: what a compilation whose text names nothing of interest has.</summary>
    public static DeclarationIndex Empty { get; } = new(new(System.StringComparer.Ordinal), new(System.StringComparer.Ordinal), new(System.StringComparer.Ordinal));

    /// <summary>Names of const fields holding a parameter name, directly or through another such constant.</summary>
    public HashSet<string> ConstantNames { get; }

    /// <summary>Names of fields, properties and parameters that carry a re-login limit attribute.</summary>
    public HashSet<string> MarkedNames { get; }

    /// <summary>Names by which code calls something that takes a marked parameter: methods, and the types of constructors and delegates.</summary>
    public HashSet<string> MarkedCallNames { get; }

    /// <summary>Indexes the declarations of <paramref name="roots"/>: the trees whose text names something of interest.</summary>
    public static DeclarationIndex Build(IEnumerable<SyntaxNode> roots, HashSet<string> parameterNames)
    {
        var constants = new List<(string Name, ExpressionSyntax Value)>();
        var marked = new HashSet<string>(System.StringComparer.Ordinal);
        var markedCalls = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var root in roots)
        {
            Collect(root, constants, marked, markedCalls);
        }

        return new DeclarationIndex(FollowConstants(constants, parameterNames), marked, markedCalls);
    }

    /// <summary>The attribute names that mark a member, as usage writes them and in full.</summary>
    public static IEnumerable<string> Markers => MarkerNames;

    /// <summary>Every name this index adds to what trees are scanned for.</summary>
    public List<string> Names
    {
        get
        {
            var names = new List<string>(ConstantNames.Count + MarkedNames.Count + MarkedCallNames.Count);
            names.AddRange(ConstantNames);
            names.AddRange(MarkedNames);
            names.AddRange(MarkedCallNames);
            return names;
        }
    }

    private static void Collect(SyntaxNode root, List<(string Name, ExpressionSyntax Value)> constants, HashSet<string> marked, HashSet<string> markedCalls)
    {
        foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
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
                case MethodDeclarationSyntax method when AddMarkedParameters(method.ParameterList, marked):
                    markedCalls.Add(method.Identifier.ValueText);
                    break;
                case ConstructorDeclarationSyntax constructor when AddMarkedParameters(constructor.ParameterList, marked):
                    markedCalls.Add(constructor.Identifier.ValueText);
                    break;
                case BaseMethodDeclarationSyntax other:
                    AddMarkedParameters(other.ParameterList, marked);
                    break;
                case TypeDeclarationSyntax type when AddMarkedParameters(type.ParameterList, marked):
                    markedCalls.Add(type.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax @delegate when AddMarkedParameters(@delegate.ParameterList, marked):
                    markedCalls.Add(@delegate.Identifier.ValueText);
                    break;
            }
        }
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
        LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && (parameterNames.Contains(literal.Token.ValueText.Trim()) || IsTemplate(literal.Token.ValueText, parameterNames)),
        MemberAccessExpressionSyntax access => constantNames.Contains(access.Name.Identifier.ValueText),
        IdentifierNameSyntax identifier => constantNames.Contains(identifier.Identifier.ValueText),
        _ => false,
    };

    /// <summary>An XML or JSON template that names a parameter (<c>"&lt;name&gt;Client Re-Login Upper Limit&lt;/name&gt;&lt;value&gt;{0}&lt;/value&gt;"</c>): where it is filled, its value is written.</summary>
    private static bool IsTemplate(string text, HashSet<string> parameterNames)
    {
        if (text.IndexOf('<') < 0 && text.IndexOf('{') < 0)
        {
            return false;
        }

        foreach (var name in parameterNames)
        {
            if (text.IndexOf(name, System.StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the marked parameters' names; true when there was one.</summary>
    private static bool AddMarkedParameters(ParameterListSyntax? parameters, HashSet<string> marked)
    {
        var any = false;
        foreach (var parameter in parameters?.Parameters ?? default)
        {
            if (IsMarked(parameter.AttributeLists))
            {
                marked.Add(parameter.Identifier.ValueText);
                any = true;
            }
        }

        return any;
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
