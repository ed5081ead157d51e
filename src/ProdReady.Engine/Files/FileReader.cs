using ProdReady.Model;

namespace ProdReady.Engine.Files;

/// <summary>Reads one file once, never more than the size cap, and says why when it does not.</summary>
internal static class FileReader
{
    public static ReadOutcome Read(WalkCandidate candidate, long maxBytes)
    {
        var reason = FileKinds.SkipReason(candidate.Path);
        if (reason is not null)
        {
            return Skip(candidate, reason);
        }

        try
        {
            var length = new FileInfo(candidate.ReadPath).Length;
            if (length > maxBytes)
            {
                return Skip(candidate, Reasons.TooLarge(maxBytes));
            }

            // FIFOs, sockets and devices report a length of 0, and opening a FIFO would block: never open them.
            if (length == 0)
            {
                return new ReadOutcome(new SourceFile(candidate.Path, string.Empty, 0), null);
            }

            var (buffer, count) = ReadCapped(candidate.ReadPath, length, maxBytes);
            if (count > maxBytes)
            {
                return Skip(candidate, Reasons.TooLarge(maxBytes));
            }

            var text = TextDecoder.Decode(buffer.AsSpan(0, count));
            return text is null
                ? Skip(candidate, Reasons.Binary)
                : new ReadOutcome(new SourceFile(candidate.Path, text, count, () => Reread(candidate, maxBytes)), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Skip(candidate, Reasons.Unreadable(e));
        }
    }

    private static string? Reread(WalkCandidate candidate, long maxBytes)
    {
        try
        {
            var (buffer, count) = ReadCapped(candidate.ReadPath, new FileInfo(candidate.ReadPath).Length, maxBytes);
            return count > maxBytes ? null : TextDecoder.Decode(buffer.AsSpan(0, count));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Reads at most one byte past the cap, so a file that grows after it was measured still cannot exhaust memory.
    private static (byte[] Buffer, int Count) ReadCapped(string path, long expectedLength, long maxBytes)
    {
        var limit = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(expectedLength + 1, limit)];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (buffer.Length >= limit)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        return (buffer, count);
    }

    private static ReadOutcome Skip(WalkCandidate candidate, string reason) => new(null, new SkippedFile(candidate.Path, reason));
}
