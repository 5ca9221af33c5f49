using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ImpHa.Analyzers.Emit;

/// <summary>
/// Fixed code that no table shapes, kept as real C# in <c>Emit/Templates</c> (compiled and analysed by
/// tests/ImpHa.Templates) and embedded here. A template is one <c>namespace ImpHa</c> block of partial types
/// without accessibility; the emitter writes each type's modifiers and attributes in a part of its own.
/// </summary>
internal static class TemplateText
{
    private const string NamespaceOpening = "namespace " + Core.GeneratedApi.GeneratedNames.DefaultNamespace + "\n{\n";

    // Keyed by a string, not a (name, bool) tuple: a cold compiler compiles the dictionary's code once per value type key.
    private static readonly ConcurrentDictionary<string, string> Bodies = new(StringComparer.Ordinal);

    /// <summary>Prefixes a template's name in <see cref="Bodies"/> for its body without nullable annotations.</summary>
    private const string WithoutAnnotationsKey = "C# 7.3 ";

    /// <summary>The template's namespace body, with nullable annotations only where the consumer's C# has them.</summary>
    public static string Body(string name, bool nullableAnnotations)
        => nullableAnnotations
            ? Bodies.GetOrAdd(name, static key => Load(key, nullableAnnotations: true))
            : Bodies.GetOrAdd(WithoutAnnotationsKey + name, static key => Load(key.Substring(WithoutAnnotationsKey.Length), nullableAnnotations: false));

    private static string Load(string name, bool nullableAnnotations)
    {
        var resource = "ImpHa.Templates." + name + ".cs";
        var text = (EmbeddedText.Read(resource)
            ?? throw new InvalidOperationException("The generator is built without its template " + resource + ".")).Replace("\r\n", "\n");
        if (!text.StartsWith(NamespaceOpening, StringComparison.Ordinal) || !text.EndsWith("\n}\n", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A template is one block of namespace " + Core.GeneratedApi.GeneratedNames.DefaultNamespace + ", nothing before or after it: " + resource);
        }

        var body = text.Substring(NamespaceOpening.Length, text.Length - NamespaceOpening.Length - "}\n".Length);
        return nullableAnnotations ? body : WithoutNullableAnnotations(body);
    }

    /// <summary>C# 7.3 reads no <c>?</c> on a reference type and no <c>!</c>: both go, <c>?</c> on a predefined value type stays.</summary>
    private static string WithoutNullableAnnotations(string body)
    {
        var root = CSharpSyntaxTree.ParseText(body, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        return new AnnotationRemover().Visit(root).ToFullString();
    }

    private sealed class AnnotationRemover : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitNullableType(NullableTypeSyntax node)
        {
            var element = (TypeSyntax)Visit(node.ElementType);
            return node.ElementType is PredefinedTypeSyntax predefined && IsValueType(predefined.Keyword.Kind())
                ? node.WithElementType(element)
                : element.WithTrailingTrivia(node.GetTrailingTrivia());
        }

        public override SyntaxNode? VisitPostfixUnaryExpression(PostfixUnaryExpressionSyntax node)
            => node.IsKind(SyntaxKind.SuppressNullableWarningExpression)
                ? Visit(node.Operand).WithTrailingTrivia(node.GetTrailingTrivia())
                : base.VisitPostfixUnaryExpression(node);

        private static bool IsValueType(SyntaxKind keyword) => keyword is not (SyntaxKind.StringKeyword or SyntaxKind.ObjectKeyword);
    }
}
