using ImpHa.Core.GeneratedApi;
using ImpHa.Analyzers.Generation;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ImpHa.Generator.Tests;

/// <summary>
/// The embedded templates keep the shape the emitters rely on: one <c>namespace ImpHa</c> block of partial types that
/// leave accessibility to the part the emitter writes (ImpHaTypeVisibility), and nothing C# 7.3 cannot read once the
/// nullable annotations are gone.
/// </summary>
public class TemplateShapeTests
{
    private static readonly System.Reflection.Assembly Generator = typeof(ImpHaGenerator).Assembly;

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var name in Generator.GetManifestResourceNames().Where(n => n.StartsWith("ImpHa.Templates.", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Every_template_is_embedded()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "ImpHa.Analyzers", "Emit", "Templates");
        var files = Directory.GetFiles(folder, "*.cs").Select(f => "ImpHa.Templates." + Path.GetFileName(f)).Order();
        Assert.Equal(files, Generator.GetManifestResourceNames().Where(n => n.StartsWith("ImpHa.Templates.", StringComparison.Ordinal)).Order());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_types_are_partial_and_leave_accessibility_to_the_emitter(string resource)
    {
        using var reader = new StreamReader(Generator.GetManifestResourceStream(resource)!);
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(reader.ReadToEnd()).GetRoot();
        var ns = Assert.IsType<NamespaceDeclarationSyntax>(Assert.Single(root.Members));
        Assert.Equal("ImpHa", ns.Name.ToString());
        Assert.Empty(root.Usings);
        foreach (var type in ns.Members.Cast<BaseTypeDeclarationSyntax>())
        {
            Assert.Contains(type.Modifiers, m => m.IsKind(SyntaxKind.PartialKeyword));
            Assert.DoesNotContain(type.Modifiers, m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword);
        }
    }

    /// <summary>The analyzer finds the lookups and their arguments by the names in GeneratedNames; the template spells them out.</summary>
    [Fact]
    public void Login_template_uses_the_names_the_analyzer_reads()
    {
        using var reader = new StreamReader(Generator.GetManifestResourceStream("ImpHa.Templates.HaLoginProfiles.cs")!);
        var methods = CSharpSyntaxTree.ParseText(reader.ReadToEnd()).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Where(m => GeneratedNames.LookupMethods.Contains(m.Identifier.Text))
            .ToList();
        Assert.Equal(
            GeneratedNames.LookupMethods.Order(),
            methods.Select(m => m.Identifier.Text).Distinct().Order());
        string[] known = [GeneratedNames.ProfileParameter, GeneratedNames.DeploymentParameter, GeneratedNames.ActiveUsersParameter, GeneratedNames.FirstNodeUsersParameter, GeneratedNames.SecondNodeUsersParameter, "criticalServiceDownDelaySeconds", "limits"];
        Assert.All(methods.SelectMany(m => m.ParameterList.Parameters), p => Assert.Contains(p.Identifier.Text, known));
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));
}
