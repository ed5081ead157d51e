namespace ProdReady.Engine.Secrets;

public static class Entropy
{
    /// <summary>Shannon entropy of the characters of <paramref name="text"/>, in bits per character.</summary>
    public static double Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        var counts = new Dictionary<char, int>();
        foreach (var c in text)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        double total = text.Length, sum = 0;
        foreach (var n in counts.Values)
        {
            var p = n / total;
            sum -= p * Math.Log2(p);
        }

        return sum;
    }
}
