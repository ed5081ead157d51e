using System.Text;

namespace ProdReady.Engine.Files;

/// <summary>Turns file bytes into text without ever throwing: invalid sequences become U+FFFD.</summary>
internal static class TextDecoder
{
    private const int SniffBytes = 8 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>The text, or null for binary content (a NUL byte in the first 8 KiB of a file without a UTF-16 BOM).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Utf16Le.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Utf16Be.GetString(bytes[2..]);
        }

        return bytes[..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0) ? null : Utf8.GetString(bytes);
    }
}
