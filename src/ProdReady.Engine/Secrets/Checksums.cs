namespace ProdReady.Engine.Secrets;

/// <summary>Offline checks of token formats that carry a checksum. CRC-32 is written here because the framework
/// ships none (System.IO.Hashing is a separate package) and the table is a few lines.</summary>
public static class Checksums
{
    private const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly uint[] Table = BuildTable();

    public static uint Crc32(ReadOnlySpan<char> ascii)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var c in ascii)
        {
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    /// <summary>Base62 of <paramref name="value"/>, left-padded with '0' to <paramref name="width"/> characters.</summary>
    public static string Base62(uint value, int width)
    {
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = Base62Alphabet[(int)(value % 62)];
            value /= 62;
        }

        return new string(chars);
    }

    /// <summary>A GitHub token in the prefix_ + 30 random + 6 checksum layout: the last six characters are the
    /// base62 CRC-32 of the thirty before them.</summary>
    public static bool GitHubToken(string token)
    {
        var underscore = token.IndexOf('_');
        if (underscore < 0 || token.Length - underscore - 1 != 36)
        {
            return false;
        }

        var body = token.AsSpan(underscore + 1, 30);
        return Base62(Crc32(body), 6).AsSpan().SequenceEqual(token.AsSpan(token.Length - 6));
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
