using ImpHa.Core.Domain;

namespace ImpHa.Analyzers.Analysis.Writes;

/// <summary>
/// Text the wire readers (<see cref="XmlText"/>, <see cref="JsonText"/>) find requests in, and where each of its characters
/// stands: a string the code builds (<see cref="ComposedText"/>) or a file the project marks for checking (<see cref="FileText"/>).
/// </summary>
internal abstract class WireSource
{
    /// <summary>The text; what is only known at run time stands as <see cref="ComposedText.Unknown"/>.</summary>
    public abstract string Text { get; }

    /// <summary>The write of <paramref name="number"/> found at characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public abstract ParameterWrite? WriteAt(LimitKind kind, int number, int start, int length);

    /// <summary>An item named <paramref name="member"/> whose value is characters [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    public abstract ParameterItem Item(string member, int start, int length);
}
