using CommunityToolkit.HighPerformance.Buffers;

namespace ProdReady.Engine.Facts;

/// <summary>Text cut from a source file into a fact. Short pieces (names, callees, small values) repeat across a large
/// repository thousands of times, so they come from a bounded shared pool instead of a new string each time.</summary>
internal static class FactText
{
    private const int PooledLength = 64;

    public static string Of(ReadOnlySpan<char> text) =>
        text.Length <= PooledLength ? StringPool.Shared.GetOrAdd(text) : new string(text);

    public static string Of(string text, int start, int end) => Of(text.AsSpan(start, end - start));

    public static string Of(string text) => text.Length <= PooledLength ? StringPool.Shared.GetOrAdd(text) : text;
}
