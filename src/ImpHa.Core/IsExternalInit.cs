// netstandard2.0 lacks the type that C# 9 records' init accessors need.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
