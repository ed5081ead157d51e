using System.Text;

namespace ProdReady.Cli.Commands;

/// <summary>Where a command's document goes: a file given with --output, or standard output.</summary>
internal static class TextOutput
{
    public static void Write(string? path, TextWriter stdout, Action<TextWriter, bool> write, bool colourOnStdout)
    {
        if (path is null)
        {
            write(stdout, colourOnStdout);
            return;
        }

        try
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(file, false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    public static string ReadInput(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"'{path}' is a directory; give the {what} file.");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"'{path}' does not exist.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }
}
