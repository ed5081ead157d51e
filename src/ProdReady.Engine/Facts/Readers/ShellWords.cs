using System.Text;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Splits a command line into words the way a POSIX shell does for simple commands: quotes, backslash
/// escapes, line continuations, comments and control operators. No expansion happens; <c>$PORT</c> stays as written.
/// Hand-written because .NET has no shell-word splitter and the commands are never executed.</summary>
internal static class ShellWords
{
    public static List<ShellWord> Split(string command)
    {
        var words = new List<ShellWord>();
        var current = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            switch (c)
            {
                case ' ' or '\t' or '\r' or '\n':
                    Flush(words, current, ref inWord);
                    break;
                case '#' when !inWord:
                    return words;
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    close = close < 0 ? command.Length : close;
                    current.Append(command, i + 1, close - i - 1);
                    inWord = true;
                    i = close;
                    break;
                case '"':
                    i = ReadDoubleQuoted(command, i + 1, current);
                    inWord = true;
                    break;
                case '\\':
                    if (i + 1 < command.Length && command[i + 1] != '\n')
                    {
                        current.Append(command[i + 1]);
                        inWord = true;
                    }

                    i++;
                    break;
                case '&' when i > 0 && command[i - 1] == '>':
                    current.Append(c);
                    break;
                case '&' or '|' or ';':
                    Flush(words, current, ref inWord);
                    var doubled = c != ';' && i + 1 < command.Length && command[i + 1] == c;
                    words.Add(new ShellWord(doubled ? new string(c, 2) : c.ToString(), IsOperator: true));
                    i += doubled ? 1 : 0;
                    break;
                default:
                    current.Append(c);
                    inWord = true;
                    break;
            }
        }

        Flush(words, current, ref inWord);
        return words;
    }

    private static int ReadDoubleQuoted(string command, int i, StringBuilder current)
    {
        for (; i < command.Length && command[i] != '"'; i++)
        {
            if (command[i] == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`')
            {
                i++;
            }

            current.Append(command[i]);
        }

        return i;
    }

    private static void Flush(List<ShellWord> words, StringBuilder current, ref bool inWord)
    {
        if (inWord)
        {
            words.Add(new ShellWord(current.ToString(), IsOperator: false));
        }

        current.Clear();
        inWord = false;
    }
}
