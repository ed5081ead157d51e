namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>A tokenized file with bracket depths and partners (-1 when a bracket has none).</summary>
internal sealed class JsTokens
{
    public required string Text { get; init; }

    public required JsToken[] Tokens { get; init; }

    public required int[] Match { get; init; }

    public int Count => Tokens.Length;

    public JsToken this[int index] => Tokens[index];

    public static JsTokens Create(string text, List<JsToken> tokens)
    {
        var array = tokens.ToArray();
        var match = new int[array.Length];
        Array.Fill(match, -1);
        var open = new List<int>();
        for (var i = 0; i < array.Length; i++)
        {
            var token = array[i];
            if (token.IsOpener)
            {
                array[i] = token with { Depth = open.Count };
                open.Add(i);
                continue;
            }

            if (token.IsCloser)
            {
                CloseBracket(array, match, open, i);
            }

            array[i] = array[i] with { Depth = open.Count };
        }

        return new JsTokens { Text = text, Tokens = array, Match = match };
    }

    /// <summary>A closer pairs with the innermost opener, or the one below it when one bracket was left open;
    /// otherwise it is stray. Looking no deeper keeps the pass linear on hostile input.</summary>
    private static void CloseBracket(JsToken[] tokens, int[] match, List<int> open, int index)
    {
        for (var back = 1; back <= 2 && back <= open.Count; back++)
        {
            var candidate = open[^back];
            if (Partner(tokens[candidate].Text) == tokens[index].Text)
            {
                open.RemoveRange(open.Count - back, back);
                match[candidate] = index;
                match[index] = candidate;
                return;
            }
        }
    }

    private static string Partner(string opener) => opener switch
    {
        "(" => ")",
        "[" => "]",
        "{" => "}",
        "<jsx" => "jsx>",
        _ => "}`",
    };
}
